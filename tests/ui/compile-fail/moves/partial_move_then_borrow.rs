//@ compile-fail
// After a field was moved out, borrowing the struct as a whole is an error.
#[derive(Debug)]
struct Pair {
    left: String,
    right: String,
}

fn main() {
    let pair = Pair { left: String::from("l"), right: String::from("r") };
    let left = pair.left;
    println!("{} {:?}", left, pair); //~ ERROR E0382
}

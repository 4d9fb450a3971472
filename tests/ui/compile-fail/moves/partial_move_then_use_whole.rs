//@ compile-fail
// After moving one field, the whole struct cannot be used.
#[derive(Debug)]
struct Pair {
    a: String,
    b: String,
}

fn main() {
    let p = Pair { a: String::from("a"), b: String::from("b") };
    let a = p.a;
    println!("{} {:?}", a, p); //~ ERROR E0382
}

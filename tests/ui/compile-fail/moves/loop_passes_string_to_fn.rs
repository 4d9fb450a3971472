//@ compile-fail
// A String passed by value to a function inside a loop is moved on the first iteration.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("ada");
    let mut total = 0;
    for _ in 0..3 {
        total += consume(name); //~ ERROR E0382
    }
    println!("{}", total);
}

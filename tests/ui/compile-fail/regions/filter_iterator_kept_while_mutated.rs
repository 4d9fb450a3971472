//@ compile-fail
// The filter adapter holds its closure, and so the borrow the closure captured, while it is used.
fn main() {
    let words = ["ab", "cd", "ab"];
    let mut lower = String::from("ab");
    let mut matching = words.iter().filter(|w| **w == lower);
    lower.push('x'); //~ ERROR E0502
    println!("{:?}", matching.next());
}

//@ compile-fail
// Destructuring `*r` by value moves the String out of the borrowed tuple.
fn main() {
    let pair = (String::from("a"), 1);
    let r = &pair;
    let (s, n) = *r; //~ ERROR E0507
    println!("{} {}", s, n);
}

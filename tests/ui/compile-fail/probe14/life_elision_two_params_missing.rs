//@ compile-fail
// Two reference parameters and a reference result: elision cannot choose.
fn longest(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}
fn main() {
    println!("{}", longest("a", "bc"));
}

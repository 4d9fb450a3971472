//@ compile-fail
// Returning `s.as_str()` of a local String.
fn make<'a>() -> &'a str {
    let s = String::from("x");
    s.as_str() //~ ERROR E0515
}
fn main() {
    println!("{}", make());
}

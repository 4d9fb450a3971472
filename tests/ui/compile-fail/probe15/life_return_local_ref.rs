//@ compile-fail
// Returning a reference to a local String (E0515).
fn make<'a>() -> &'a str {
    let s = String::from("x");
    &s //~ ERROR E0515
}
fn main() {
    println!("{}", make());
}

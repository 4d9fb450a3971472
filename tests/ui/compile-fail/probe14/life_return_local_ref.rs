//@ compile-fail
// Returning a reference to a local String.
fn make() -> &'static str {
    let s = String::from("x");
    &s //~ ERROR E0515
}
fn main() {
    println!("{}", make());
}

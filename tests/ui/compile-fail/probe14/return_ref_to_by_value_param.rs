//@ compile-fail
// Returning a reference to a by-value String parameter.
fn name(s: String) -> &'static str {
    &s //~ ERROR E0515
}
fn main() {
    println!("{}", name("a".into()));
}

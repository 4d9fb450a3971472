//@ compile-fail
// `s.to_uppercase().as_str()` returned (E0515).
fn up(s: &str) -> &str {
    s.to_uppercase().as_str() //~ ERROR E0515
}
fn main() {
    println!("{}", up("a"));
}

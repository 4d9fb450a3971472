//@ compile-fail
// #[derive(Copy)] on a struct with a String field (E0204).
#[derive(Clone, Copy)]
struct P { name: String } //~ ERROR E0204
fn main() { let _ = P { name: String::new() }; }

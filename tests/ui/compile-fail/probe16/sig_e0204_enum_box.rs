//@ compile-fail
// #[derive(Copy)] on an enum with a Box variant (E0204).
#[derive(Clone, Copy)]
enum E { A(u32), B(Box<u32>) } //~ ERROR E0204
fn main() { let _ = E::A(1); }

//@ compile-fail
// #[derive(Copy)] without Clone (E0277).
#[derive(Copy)]
struct P { x: u32 } //~ ERROR E0277
fn main() { let _ = P { x: 1 }; }

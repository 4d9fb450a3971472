//@ compile-fail
// A type that is both Copy and Drop (E0184).
#[derive(Clone, Copy)]
struct S; //~ ERROR E0184
impl Drop for S { fn drop(&mut self) {} }
fn main() { let _ = S; }

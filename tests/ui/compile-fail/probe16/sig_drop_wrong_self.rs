//@ compile-fail
// Drop::drop taking &self (E0053).
struct S;
impl Drop for S { fn drop(&self) {} } //~ ERROR E0053
fn main() { let _s = S; }

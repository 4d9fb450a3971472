//@ compile-fail
// Drop implemented for a trait object (E0120).
trait T {}
impl Drop for dyn T { fn drop(&mut self) {} } //~ ERROR E0120
fn main() {}

//@ compile-fail
// An impl defining the same trait method twice is E0201.
trait Go {
    fn go(&self);
}
struct S;
impl Go for S {
    fn go(&self) {}
    fn go(&self) {} //~ ERROR E0201
}
fn main() {}

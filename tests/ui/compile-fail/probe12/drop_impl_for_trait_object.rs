//@ compile-fail
// `impl Drop for dyn Speak` is E0120.
trait Speak {
    fn speak(&self);
}
impl Drop for dyn Speak { //~ ERROR E0120
    fn drop(&mut self) {}
}
fn main() {}

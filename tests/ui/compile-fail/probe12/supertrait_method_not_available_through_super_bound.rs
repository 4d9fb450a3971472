//@ compile-fail
// A method of the subtrait called on `T: Base`.
trait Base {
    fn base(&self) -> u32;
}
trait Child: Base {
    fn child(&self) -> u32;
}
fn f<T: Base>(x: &T) -> u32 {
    x.child() //~ ERROR E0599
}
fn main() {}

//@ compile-fail
// `fn f<T: Child>` calling `Base`'s method is fine, but a `T: Base` value given to `needs_child` is not.
trait Base {
    fn base(&self) -> u32;
}
trait Child: Base {}
fn needs_child<T: Child>(x: &T) -> u32 {
    x.base()
}
fn f<T: Base>(x: &T) -> u32 {
    needs_child(x) //~ ERROR E0277
}
fn main() {}

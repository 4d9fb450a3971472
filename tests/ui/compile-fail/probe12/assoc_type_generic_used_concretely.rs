//@ compile-fail
// In a generic function, `T::Out` is not `u32` even if some impl says so.
trait Source {
    type Out;
    fn get(&self) -> Self::Out;
}
fn twice<T: Source>(t: &T) -> u32 {
    t.get() * 2 //~ ERROR E0369
}
fn main() {}

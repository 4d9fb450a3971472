//@ compile-fail
// `impl<T: Copy> Kind for T` and `impl<T: Clone> Kind for T` overlap.
trait Kind {
    fn kind(&self) -> u32;
}
impl<T: Copy> Kind for T {
    fn kind(&self) -> u32 {
        1
    }
}
impl<T: Clone> Kind for T { //~ ERROR E0119
    fn kind(&self) -> u32 {
        2
    }
}
fn main() {}

//@ compile-fail
// `impl<T> Sum2 for Vec<T>` and `impl Sum2 for Vec<u32>` overlap.
trait Sum2 {
    fn s(&self) -> u32;
}
impl<T> Sum2 for Vec<T> {
    fn s(&self) -> u32 {
        0
    }
}
impl Sum2 for Vec<u32> { //~ ERROR E0119
    fn s(&self) -> u32 {
        1
    }
}
fn main() {}

//@ compile-fail
// `impl<T: Clone> Tag for T` and `impl Tag for String` overlap.
trait Tag {
    fn tag(&self) -> &'static str;
}
impl<T: Clone> Tag for T {
    fn tag(&self) -> &'static str {
        "clone"
    }
}
impl Tag for String { //~ ERROR E0119
    fn tag(&self) -> &'static str {
        "string"
    }
}
fn main() {}

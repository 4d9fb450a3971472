//@ compile-fail
// `impl<T> From<Wrap<T>> for Wrap<T>` overlaps core's reflexive `impl<T> From<T> for T`.
struct Wrap<T>(T);
impl<T> From<Wrap<T>> for Wrap<T> { //~ ERROR E0119
    fn from(w: Wrap<T>) -> Self {
        w
    }
}
fn main() {}

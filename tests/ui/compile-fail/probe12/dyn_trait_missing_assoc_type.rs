//@ compile-fail
// `&dyn Container` where `Container` has an associated type left unspecified.
trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}
struct V(Vec<u32>);
impl Container for V {
    type Item = u32;
    fn first(&self) -> Option<&u32> {
        self.0.first()
    }
}
fn show(c: &dyn Container) { //~ ERROR E0191
    let _ = c;
}
fn main() {
    show(&V(vec![1]));
}

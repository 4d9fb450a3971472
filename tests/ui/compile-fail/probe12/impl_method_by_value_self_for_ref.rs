//@ compile-fail
// The trait takes `&self`, the impl `self` (E0053).
trait Size {
    fn size(&self) -> usize;
}
struct S;
impl Size for S {
    fn size(self) -> usize { //~ ERROR E0053
        0
    }
}
fn main() {}

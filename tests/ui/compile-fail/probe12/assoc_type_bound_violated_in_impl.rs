//@ compile-fail
// `type Label = Vec<u32>` where the trait requires `Label: Display`.
use std::fmt::Display;
trait Labeled {
    type Label: Display;
    fn label(&self) -> Self::Label;
}
struct S;
impl Labeled for S {
    type Label = Vec<u32>; //~ ERROR E0277
    fn label(&self) -> Vec<u32> {
        vec![1]
    }
}
fn main() {
    let _ = S.label();
}

//@ compile-fail
// `+=` on a type with Add but without AddAssign (E0368).
use std::ops::Add;
#[derive(Clone, Copy)]
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
fn main() {
    let mut a = V(1);
    a += V(2); //~ ERROR E0368
    println!("{}", a.0);
}

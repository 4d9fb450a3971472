//@ compile-fail
// `+=` through AddAssign on a non-mut binding (E0596).
use std::ops::AddAssign;
struct V(i32);
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.0 += o.0; } }
fn main() {
    let a = V(1);
    a += V(2); //~ ERROR E0596
    println!("{}", a.0);
}

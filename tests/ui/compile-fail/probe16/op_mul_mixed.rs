//@ compile-fail
// Mul<f64> implemented, used with i32 (E0308).
use std::ops::Mul;
struct V(f64);
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V(self.0 * k) } }
fn main() {
    let v = V(1.0) * 2i32; //~ ERROR E0308
    println!("{}", v.0);
}

//@ compile-fail
// Mul<f64> for V does not give f64 * V (E0277).
use std::ops::Mul;
struct V(f64);
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V(self.0 * k) } }
fn main() {
    let v = 2.0 * V(1.0); //~ ERROR E0277
    println!("{}", v.0);
}

// Mul<f64> for V and Mul<V> for f64 both implemented; comparing with PartialOrd; sorting with Ord.
use std::ops::Mul;
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct V(f64);
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V(self.0 * k) } }
impl Mul<V> for f64 { type Output = V; fn mul(self, v: V) -> V { V(self * v.0) } }
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct P(i32);
fn main() {
    let mut ps = vec![P(2), P(1)];
    ps.sort();
    println!("{:?} {:?} {} {:?}", V(1.0) * 2.0, 3.0 * V(1.0), V(1.0) < V(2.0), ps);
}

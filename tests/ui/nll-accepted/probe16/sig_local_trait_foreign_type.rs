// A local trait for a foreign type, a foreign trait for a local type, Display for a local wrapper of Vec.
use std::fmt;
trait Sum2 { fn sum2(&self) -> u32; }
impl Sum2 for Vec<u32> { fn sum2(&self) -> u32 { self.iter().sum() } }
struct List(Vec<u32>);
impl fmt::Display for List { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:?}", self.0) } }
struct W(u32);
impl From<W> for u32 { fn from(w: W) -> u32 { w.0 } }
fn main() {
    let n: u32 = W(4).into();
    println!("{} {} {}", vec![1, 2].sum2(), List(vec![3]), n);
}

//@ compile-fail
// Add<V> used with an i32 right-hand side (E0308).
use std::ops::Add;
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
fn main() {
    let c = V(1) + 2; //~ ERROR E0308
    println!("{}", c.0);
}

//@ compile-fail
// Using Add's Output as the wrong type (E0308).
use std::ops::Add;
struct V(i32);
impl Add for V { type Output = i32; fn add(self, o: V) -> i32 { self.0 + o.0 } }
fn main() {
    let c: V = V(1) + V(2); //~ ERROR E0308
    let _ = c;
}

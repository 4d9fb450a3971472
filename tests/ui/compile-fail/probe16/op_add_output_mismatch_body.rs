//@ compile-fail
// An Add impl whose body returns another type than Output (E0308).
use std::ops::Add;
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { self.0 + o.0 } } //~ ERROR E0308
fn main() { let _ = V(1) + V(2); }

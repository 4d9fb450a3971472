//@ compile-fail
// An Add impl without `type Output` (E0046).
use std::ops::Add;
struct V(i32);
impl Add for V { fn add(self, o: V) -> V { V(self.0 + o.0) } } //~ ERROR E0046
fn main() {}

//@ compile-fail
// `a + b` with a non-Copy Add type moves a: using it after is E0382.
use std::ops::Add;
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
fn main() {
    let a = V(1);
    let c = a + V(2);
    println!("{} {}", a.0, c.0); //~ ERROR E0382
}

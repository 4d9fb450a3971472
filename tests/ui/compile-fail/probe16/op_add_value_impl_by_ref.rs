//@ compile-fail
// `impl Add for V` used with references (E0369).
use std::ops::Add;
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
fn main() {
    let a = V(1);
    let b = V(2);
    let c = &a + &b; //~ ERROR E0369
    println!("{}", c.0);
}

//@ compile-fail
// `impl Add for &V` used with values (E0369).
use std::ops::Add;
struct V(i32);
impl<'a> Add for &'a V { type Output = V; fn add(self, o: &V) -> V { V(self.0 + o.0) } }
fn main() {
    let c = V(1) + V(2); //~ ERROR E0369
    println!("{}", c.0);
}

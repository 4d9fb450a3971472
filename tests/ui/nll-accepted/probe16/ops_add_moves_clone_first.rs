// Cloning a non-Copy Add operand before the addition keeps it usable.
use std::ops::Add;
#[derive(Clone, Debug)]
struct V(Vec<i32>);
impl Add for V { type Output = V; fn add(mut self, o: V) -> V { self.0.extend(o.0); self } }
fn main() {
    let a = V(vec![1]);
    let c = a.clone() + V(vec![2]);
    let s = String::from("ab") + "c";
    println!("{:?} {:?} {}", a, c, s);
}

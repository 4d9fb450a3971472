//@ compile-fail
// Calling a &mut method through Deref without DerefMut (E0596).
use std::ops::Deref;
struct W(Vec<u32>);
impl Deref for W { type Target = Vec<u32>; fn deref(&self) -> &Vec<u32> { &self.0 } }
fn main() {
    let mut w = W(vec![1]);
    w.push(2); //~ ERROR E0596
    println!("{}", w.len());
}

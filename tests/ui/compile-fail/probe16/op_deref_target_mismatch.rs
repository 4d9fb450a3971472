//@ compile-fail
// Deref<Target = Vec<u32>> used as a &str (E0308).
use std::ops::Deref;
struct W(Vec<u32>);
impl Deref for W { type Target = Vec<u32>; fn deref(&self) -> &Vec<u32> { &self.0 } }
fn show(s: &str) -> usize { s.len() }
fn main() {
    let w = W(vec![1]);
    println!("{}", show(&w)); //~ ERROR E0308
}

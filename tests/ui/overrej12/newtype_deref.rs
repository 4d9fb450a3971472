// a newtype with Deref/DerefMut to its inner Vec, so Vec methods apply through it
use std::ops::{Deref, DerefMut};
struct Stack(Vec<i32>);
impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}
impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.0
    }
}
fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}
fn main() {
    let mut s = Stack(vec![3, 1]);
    s.push(2);
    s.sort();
    println!("{:?} {} {}", *s, s.len(), total(&s));
    if let Some(top) = s.last_mut() {
        *top *= 10;
    }
    println!("{:?} {:?}", s.first(), s.iter().max());
    s.retain(|&x| x != 1);
    println!("{:?}", s.0);
}

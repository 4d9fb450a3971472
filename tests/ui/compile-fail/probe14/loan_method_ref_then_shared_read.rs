//@ compile-fail
// A `&mut self` method's shared result keeps the mutable loan alive.
struct Stack { items: Vec<i32> }
impl Stack {
    fn top(&mut self) -> &i32 { self.items.last().unwrap() }
}
fn main() {
    let mut s = Stack { items: vec![1] };
    let t = s.top();
    println!("{}", s.items.len()); //~ ERROR E0502
    println!("{}", t);
}

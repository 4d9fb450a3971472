//@ compile-fail
// Calling a `&mut self` method while a field is borrowed.
struct S { v: Vec<i32>, n: i32 }
impl S {
    fn inc(&mut self) { self.n += 1; }
}
fn main() {
    let mut s = S { v: vec![1], n: 0 };
    let first = &s.v[0];
    s.inc(); //~ ERROR E0502
    println!("{} {}", first, s.n);
}

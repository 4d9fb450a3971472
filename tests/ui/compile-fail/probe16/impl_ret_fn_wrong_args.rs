//@ compile-fail
// impl Fn(i32) -> i32 returned by a closure of two arguments (E0593).
fn op() -> impl Fn(i32) -> i32 { |a: i32, b: i32| a + b } //~ ERROR E0593
fn main() { println!("{}", op()(1)); }

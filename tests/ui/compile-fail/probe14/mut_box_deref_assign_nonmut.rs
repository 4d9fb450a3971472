//@ compile-fail
// `*b = 2` with `b: Box<i32>` not `mut`.
fn main() {
    let b = Box::new(1);
    *b = 2; //~ ERROR E0594
    println!("{}", b);
}

//@ compile-fail
// An FnMut closure returning `&mut` to the Vec it captured by unique borrow: the reference would escape its body.
fn main() {
    let mut v = vec![1];
    let mut f = || &mut v; //~ ERROR captured variable cannot escape `FnMut` closure body
    f().push(2);
    println!("{:?}", v);
}

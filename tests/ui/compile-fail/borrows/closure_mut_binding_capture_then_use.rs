//@ compile-fail
// With `let mut r`, the closure's capture of `*r` is an ordinary mutable borrow: E0499, not E0501.
fn main() {
    let mut v = vec![1];
    let mut r = &mut v;
    let mut push = |x: i32| r.push(x);
    push(2);
    r.push(3); //~ ERROR E0499
    push(4);
}

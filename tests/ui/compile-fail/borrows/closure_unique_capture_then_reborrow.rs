//@ compile-fail
// An explicit reborrow `&mut *r` while the closure may still be called conflicts with its unique access.
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let mut push = |x: i32| r.push(x);
    push(2);
    let s = &mut *r; //~ ERROR E0501
    s.push(3);
    push(4);
}

//@ compile-fail
// Using the Vec while halves from `split_at_mut` are alive.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(2);
    v.push(5); //~ ERROR E0499
    a[0] = b[0];
}

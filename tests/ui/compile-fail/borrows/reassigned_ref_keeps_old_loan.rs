//@ compile-fail
// Re-pointing `r` ends the borrows through it, but `x` still holds the borrow of `a` it came from.
fn main() {
    let mut a = vec![1];
    let mut b = vec![2];
    let mut r = &mut a;
    let x = &mut r[0];
    r = &mut b;
    a.push(3); //~ ERROR E0499
    *x += 1;
    r.push(4);
}

//@ compile-fail
// Removing from a Vec inside `for x in v.iter_mut()`.
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter_mut() {
        *x += 1;
        v.remove(0); //~ ERROR E0499
    }
}

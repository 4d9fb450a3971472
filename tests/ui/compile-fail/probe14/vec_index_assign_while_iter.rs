//@ compile-fail
// Assigning `v[0]` inside `for x in &v` while `x` is used after.
fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        v[0] = *x; //~ ERROR E0502
    }
}

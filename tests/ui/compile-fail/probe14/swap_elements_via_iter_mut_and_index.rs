//@ compile-fail
// `iter_mut` alive while indexing the same Vec.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += v[0]; //~ ERROR E0502
    }
}

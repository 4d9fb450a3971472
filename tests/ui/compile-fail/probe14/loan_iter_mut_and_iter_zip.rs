//@ compile-fail
// `v.iter_mut().zip(v.iter())`.
fn main() {
    let mut v = vec![1, 2];
    for (a, b) in v.iter_mut().zip(v.iter()) { //~ ERROR E0502
        *a += *b;
    }
}

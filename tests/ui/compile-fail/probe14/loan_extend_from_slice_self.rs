//@ compile-fail
// `v.extend_from_slice(&v)`.
fn main() {
    let mut v = vec![1, 2];
    v.extend_from_slice(&v); //~ ERROR E0502
    println!("{:?}", v);
}

//@ compile-fail
// `v.push(v.pop().unwrap())`: push's reserved `&mut v` conflicts with pop's `&mut v` (E0499, not E0502).
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.pop().unwrap()); //~ ERROR E0499
    println!("{:?}", v);
}

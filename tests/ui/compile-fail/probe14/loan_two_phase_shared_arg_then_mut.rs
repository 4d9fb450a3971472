//@ compile-fail
// `v.push(*v.last_mut().unwrap())`: a mutable borrow in the argument of a two-phase call.
fn main() {
    let mut v = vec![1];
    v.push(*v.last_mut().unwrap()); //~ ERROR E0499
    println!("{:?}", v);
}

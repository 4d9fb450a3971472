//@ compile-fail
// A `&mut v` taken inside the argument of `v.push(..)` conflicts with push's reserved borrow: E0499.
fn main() {
    let mut v = vec![vec![1]];
    v.push(v.last_mut().unwrap().clone()); //~ ERROR E0499
    println!("{:?}", v);
}

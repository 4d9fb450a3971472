//@ compile-fail
// `v.push(v.pop().unwrap())`: two-phase borrows allow only shared uses of `v` in the arguments.
fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap()); //~ ERROR E0499
    println!("{:?}", v);
}

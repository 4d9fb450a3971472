//@ compile-fail
// `v.extend(v.iter())` borrows `v` mutably and immutably at once.
fn main() {
    let mut v = vec![1, 2];
    v.extend(v.iter()); //~ ERROR E0502
    println!("{:?}", v);
}

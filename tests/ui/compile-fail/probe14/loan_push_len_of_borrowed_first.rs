//@ compile-fail
// `v.push(*first)` while `first` borrows `v` and is used afterwards.
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    v.push(*first); //~ ERROR E0502
    println!("{}", first);
}

//@ compile-fail
// `v.sort_by_key(|x| v.len() - x)`.
fn main() {
    let mut v = vec![1usize, 2];
    v.sort_by_key(|x| v.len() - *x); //~ ERROR E0502
    println!("{:?}", v);
}

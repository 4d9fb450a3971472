//@ compile-fail
// `v.retain(|x| v.contains(x))`.
fn main() {
    let mut v = vec![1, 2];
    v.retain(|x| v.len() > *x as usize); //~ ERROR E0502
    println!("{:?}", v);
}

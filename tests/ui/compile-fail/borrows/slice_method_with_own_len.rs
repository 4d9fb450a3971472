//@ compile-fail
// `swap` is a slice method reached through DerefMut, so its `&mut` is not two-phase.
fn main() {
    let mut v = vec![1, 2, 3];
    v.truncate(v.len() - 1);
    v.swap(0, v.len() - 1); //~ ERROR E0502
    println!("{:?}", v);
}

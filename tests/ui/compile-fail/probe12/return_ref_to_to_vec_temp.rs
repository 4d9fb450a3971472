//@ compile-fail
// `&v.to_vec()` returned as `&[u32]` (E0515).
fn copy(v: &[u32]) -> &[u32] {
    &v.to_vec() //~ ERROR E0515
}
fn main() {
    println!("{}", copy(&[1]).len());
}

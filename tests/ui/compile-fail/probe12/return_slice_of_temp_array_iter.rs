//@ compile-fail
// `v.iter().map(..).collect::<Vec<_>>().as_slice()` returned (E0515).
fn doubled(v: &[u32]) -> &[u32] {
    v.iter().map(|x| x * 2).collect::<Vec<_>>().as_slice() //~ ERROR E0515
}
fn main() {
    println!("{}", doubled(&[1]).len());
}

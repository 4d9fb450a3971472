//@ compile-fail
// `&[x, 2]` is not promoted: it holds a parameter (E0515).
fn f(x: u32) -> &'static [u32] {
    &[x, 2] //~ ERROR E0515
}
fn main() {
    println!("{}", f(1).len());
}

//@ compile-fail
// `&a.max(b)` of two `u32` parameters returned (E0515).
fn biggest(a: u32, b: u32) -> &'static u32 {
    &a.max(b) //~ ERROR E0515
}
fn main() {
    println!("{}", biggest(1, 2));
}

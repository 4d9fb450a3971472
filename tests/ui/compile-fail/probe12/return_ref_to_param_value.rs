//@ compile-fail
// `&n` of a by-value parameter returned as `&'static u32` (E0515).
fn f(n: u32) -> &'static u32 {
    &n //~ ERROR E0515
}
fn main() {
    println!("{}", f(1));
}

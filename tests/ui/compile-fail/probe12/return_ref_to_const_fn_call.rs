//@ compile-fail
// A call to a user `const fn` is not promoted (E0515).
const fn three() -> u32 {
    3
}
fn f() -> &'static u32 {
    &three() //~ ERROR E0515
}
fn main() {
    println!("{}", f());
}

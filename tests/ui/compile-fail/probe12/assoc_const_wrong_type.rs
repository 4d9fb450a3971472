//@ compile-fail
// An associated constant declared `u32` given a string.
struct S;
impl S {
    const N: u32 = "three"; //~ ERROR E0308
}
fn main() {
    println!("{}", S::N);
}

//@ compile-fail
// `impl Vec<u32> for S`: `Vec<u32>` is not a trait (E0404).
struct S;
impl Vec<u32> for S {} //~ ERROR E0404
fn main() {}

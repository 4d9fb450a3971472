//@ compile-fail
// Implementing a struct as if it were a trait (E0404).
struct A;
struct S;
impl A for S {} //~ ERROR E0404
fn main() {}

//@ compile-fail
// The same method name in two inherent impls of one type is E0592.
struct S;
impl S {
    fn go(&self) {} //~ ERROR E0592
}
impl S {
    fn go(&self) {}
}
fn main() {
    S.go(); //~ ERROR E0034
}

//@ compile-fail
// The same method name twice in one impl is E0201.
struct S;
impl S {
    fn go(&self) {}
    fn go(&self, _n: u32) {} //~ ERROR E0592
}
fn main() {}

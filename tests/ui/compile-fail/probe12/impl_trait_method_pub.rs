//@ compile-fail
// `pub fn` in a trait impl is E0449.
trait Go {
    fn go(&self);
}
struct S;
impl Go for S {
    pub fn go(&self) {} //~ ERROR E0449
}
fn main() {}

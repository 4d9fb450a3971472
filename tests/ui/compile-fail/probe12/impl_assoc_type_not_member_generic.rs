//@ compile-fail
// `type Output` in an impl of a trait without associated types (E0437).
trait Go {
    fn go(&self);
}
struct S;
impl Go for S {
    type Output = u32; //~ ERROR E0437
    fn go(&self) {}
}
fn main() {}

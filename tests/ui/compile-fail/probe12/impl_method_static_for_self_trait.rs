//@ compile-fail
// The trait declares `fn make() -> Self` with no receiver, the impl adds `&self` (E0185).
trait Make {
    fn make() -> Self;
}
struct S;
impl Make for S {
    fn make(&self) -> Self { //~ ERROR E0185
        S
    }
}
fn main() {}

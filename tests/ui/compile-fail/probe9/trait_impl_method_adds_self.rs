//@ compile-fail
// The trait declares `new` without `self`; the impl cannot make it a method taking `&self`.
trait Make {
    fn make() -> Self;
}
struct Unit;
impl Make for Unit {
    fn make(&self) -> Self { //~ ERROR E0185
        Unit
    }
}
fn main() {
    let _u = Unit;
}

//@ compile-fail
// Coercing &dyn Super to &dyn Sub (the wrong direction) (E0308).
trait Super { fn s(&self) {} }
trait Sub: Super { fn t(&self) {} }
struct S;
impl Super for S {}
impl Sub for S {}
fn main() {
    let x: &dyn Super = &S;
    let y: &dyn Sub = x; //~ ERROR E0308
    y.t();
}

//@ compile-fail
// Coercing &dyn A to &dyn B where B is not a supertrait of A (E0308).
trait A { fn a(&self) {} }
trait B { fn b(&self) {} }
struct S;
impl A for S {}
impl B for S {}
fn main() {
    let x: &dyn A = &S;
    let y: &dyn B = x; //~ ERROR E0308
    y.b();
}

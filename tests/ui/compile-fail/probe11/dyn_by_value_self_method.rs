// A by-value `self` method called on a `Box<dyn Trait>` moves an unsized value: E0161.
//@ compile-fail
trait Consume {
    fn eat(self);
}
struct A;
impl Consume for A {
    fn eat(self) {}
}
fn main() {
    let b: Box<dyn Consume> = Box::new(A);
    b.eat(); //~ ERROR E0161
}

// `let x = *b` with `b: Box<dyn Trait>` binds an unsized local: E0277.
//@ compile-fail
trait Speak {
    fn speak(&self) -> String;
}
struct D;
impl Speak for D {
    fn speak(&self) -> String { String::new() }
}
fn main() {
    let b: Box<dyn Speak> = Box::new(D);
    let _x = *b; //~ ERROR E0277
}

//@ compile-fail
// An impl defines an associated constant the trait does not declare.
trait Shape {
    fn sides(&self) -> u32;
}
struct Tri;
impl Shape for Tri {
    const SIDES: u32 = 3; //~ ERROR E0438
    fn sides(&self) -> u32 {
        3
    }
}
fn main() {
    println!("{}", Tri.sides());
}

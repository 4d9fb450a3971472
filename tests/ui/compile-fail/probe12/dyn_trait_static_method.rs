//@ compile-fail
// A trait with an associated function without `self` is not dyn compatible.
trait Shape {
    fn new() -> Self;
    fn area(&self) -> f64;
}
struct Sq;
impl Shape for Sq {
    fn new() -> Self {
        Sq
    }
    fn area(&self) -> f64 {
        1.0
    }
}
fn main() {
    let s: Box<dyn Shape> = Box::new(Sq::new()); //~ ERROR E0038
    println!("{}", s.area());
}

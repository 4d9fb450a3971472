//@ compile-fail
// An impl of `Shape` defines `perimeter`, which `Shape` does not declare (E0407).
trait Shape {
    fn area(&self) -> f64;
}
struct Sq;
impl Shape for Sq {
    fn area(&self) -> f64 {
        1.0
    }
    fn perimeter(&self) -> f64 { //~ ERROR E0407
        4.0
    }
}
fn main() {}

//@ compile-fail
// An impl of `Shape` without `area`.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}
struct Sq;
impl Shape for Sq { //~ ERROR E0046
    fn name(&self) -> String {
        String::from("sq")
    }
}
fn main() {}

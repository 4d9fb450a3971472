//@ compile-fail
// A method with `where Self: Sized` cannot be called on a trait object.
trait Shape {
    fn area(&self) -> f64;
    fn scaled(&self) -> f64
    where
        Self: Sized,
    {
        self.area() * 2.0
    }
}
struct Sq;
impl Shape for Sq {
    fn area(&self) -> f64 {
        1.0
    }
}
fn main() {
    let s: &dyn Shape = &Sq;
    println!("{}", s.scaled()); //~ ERROR the `scaled` method cannot be invoked on a trait object
}

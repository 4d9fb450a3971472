//@ compile-fail
// `&*b` of a `Box<dyn Shape>` given to a generic without `?Sized`.
trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn describe<T: Shape>(x: &T) -> f64 {
    x.area()
}
fn main() {
    let b: Box<dyn Shape> = Box::new(Sq(3.0));
    println!("{}", describe(&*b)); //~ ERROR E0277
}

//@ compile-fail
// `&dyn Shape` given to `fn describe<T: Shape>(x: &T)` without `T: ?Sized`.
trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn describe<T: Shape>(x: &T) {
    println!("{}", x.area());
}
fn main() {
    let s: &dyn Shape = &Sq(2.0);
    describe(s); //~ ERROR E0277
}

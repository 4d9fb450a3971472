//@ compile-fail
// `dup` returns `Self`, whose size a `dyn Shape` does not know: the trait cannot be used as `dyn`.
trait Shape {
    fn area(&self) -> f64;
    fn dup(&self) -> Self;
}
struct Square(f64);
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn dup(&self) -> Self {
        Square(self.0)
    }
}
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0))]; //~ ERROR E0038
    println!("{}", shapes.len());
}

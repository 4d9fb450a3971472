//@ compile-fail
// A list of interface values written `Vec<dyn Shape>`, as Java's `List<Shape>`.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn total(shapes: Vec<dyn Shape>) -> f64 { //~ ERROR E0277
    shapes.iter().map(|s| s.area()).sum() //~ ERROR E0599
}

fn main() {
    println!("{}", Square(2.0).area());
}

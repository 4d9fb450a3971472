//@ compile-fail
// A `Vec` holds sized elements: `Vec<dyn Shape>` needs a `Box` (or a reference) around each shape.
trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0
    }
}

fn total(shapes: &Vec<dyn Shape>) -> f64 { //~ ERROR E0277
    0.0
}

fn main() {
    println!("{}", Sq(1.0).area());
}

//@ compile-fail
// A trait with Clone as a supertrait is used as a trait object.
trait Shape: Clone {
    fn area(&self) -> f64;
}

#[derive(Clone)]
struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0))]; //~ ERROR E0038
    println!("{}", shapes.len());
}

//@ compile-fail
// A struct boxed as `Box<dyn Trait>` (and borrowed as `&dyn Trait`) without implementing the trait.
trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Area for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}

fn show(a: &dyn Area) {
    println!("{}", a.area());
}

fn main() {
    let shapes: Vec<Box<dyn Area>> = vec![Box::new(Circle(1.0)), Box::new(Square(2.0))]; //~ ERROR E0277
    show(&Square(1.0)); //~ ERROR E0277
    println!("{}", shapes.len());
}

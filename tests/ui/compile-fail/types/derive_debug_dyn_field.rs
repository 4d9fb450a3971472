//@ compile-fail
// A trait object is Debug only if its trait says so.
trait Shape {
    fn area(&self) -> f64;
}

#[derive(Debug)]
struct Scene {
    shapes: Vec<Box<dyn Shape>>, //~ ERROR E0277
}

fn main() {
    let s = Scene { shapes: Vec::new() };
    println!("{}", s.shapes.len());
}

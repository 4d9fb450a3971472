//@ compile-fail
// A tuple variant with three fields is matched with a two-field pattern.
enum Shape {
    Circle(f64),
    Box3(f64, f64, f64),
}

fn volume(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Box3(w, h) => w * h, //~ ERROR E0023
    }
}

fn main() {
    println!("{}", volume(&Shape::Box3(1.0, 2.0, 3.0)));
}

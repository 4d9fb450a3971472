//@ compile-fail
// A `let` pattern that only matches one variant of an enum.
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let s = Shape::Circle(1.0);
    let Shape::Circle(r) = s; //~ ERROR E0005
    println!("{}", r);
}

//@ compile-fail
// A tuple variant in a pattern without its enum's path (E0531).
enum Shape { Circle(f64), Square(f64) }
fn main() {
    let s = Shape::Circle(1.0);
    match s {
        Circle(r) => println!("{}", r), //~ ERROR E0531
        Shape::Square(x) => println!("{}", x),
    }
}

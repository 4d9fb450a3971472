//@ compile-fail
// One variant of a two-variant enum in a let (E0005).
enum Shape { Circle(f64), Square(f64) }
fn main() {
    let s = Shape::Circle(1.0);
    let Shape::Circle(r) = s; //~ ERROR E0005
    println!("{}", r);
    let _ = Shape::Square(2.0);
}

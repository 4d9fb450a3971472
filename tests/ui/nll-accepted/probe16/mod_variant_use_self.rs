// Variants brought into scope with `use Enum::*` and `use self::Shape::Circle`.
#[derive(Debug)]
enum Shape { Circle(f64), Square(f64) }
use self::Shape::Circle;
fn area(s: &Shape) -> f64 {
    use Shape::*;
    match s { Circle(r) => 3.0 * r * r, Square(x) => x * x }
}
fn main() {
    let c = Circle(1.0);
    println!("{} {}", area(&c), area(&Shape::Square(2.0)));
}

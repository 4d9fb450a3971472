// Matching a borrowed enum with String payloads without moving them.
enum Shape {
    Named(String, f64),
    Unit,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Named(name, side) => {
            println!("{}", name);
            side * side
        }
        Shape::Unit => 1.0,
    }
}

fn main() {
    let shapes = vec![Shape::Named(String::from("sq"), 2.0), Shape::Unit];
    let total: f64 = shapes.iter().map(area).sum();
    println!("{}", total);
}

//@ compile-fail
// Filling a struct variable field by field instead of with a literal.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p: Point;
    p.x = 1; //~ ERROR E0381
    p.y = 2;
    println!("{} {}", p.x, p.y);
}

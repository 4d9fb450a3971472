//@ compile-fail
// Printing a struct with {} when it implements neither Display nor anything else (E0277)
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("point: {}", p); //~ ERROR E0277
    println!("{}", p.x + p.y);
}

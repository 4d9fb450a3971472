//@ compile-fail
// Printing a struct with {} when it implements neither Display nor is formatted with {:?}.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("p = {}", p); //~ ERROR E0277
}

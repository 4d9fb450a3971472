//@ compile-fail
// Printing a struct with {:?} as Python's repr(), without deriving Debug.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("point = {:?}", p); //~ ERROR E0277
}

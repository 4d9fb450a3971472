//@ compile-fail
// A struct is printed with {} though it only derives Debug.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", p); //~ ERROR E0277
}

//@ compile-fail
// A struct with named fields matched with a tuple-struct pattern.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point(a, b) = p; //~ ERROR E0532
    println!("{} {}", a, b);
}

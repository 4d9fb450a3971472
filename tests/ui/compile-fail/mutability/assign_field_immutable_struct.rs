//@ compile-fail
// Assigning a field of a struct bound without `mut`.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 0, y: 0 };
    p.x = 5; //~ ERROR E0594
    println!("{} {}", p.x, p.y);
}

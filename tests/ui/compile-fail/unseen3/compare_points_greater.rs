//@ compile-fail
// Comparing two structs with `>` without deriving PartialOrd.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 2, y: 1 };
    if a > b { //~ ERROR E0369
        println!("a wins {} {}", a.x, b.y);
    }
}

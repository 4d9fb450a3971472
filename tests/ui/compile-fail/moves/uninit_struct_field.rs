//@ compile-fail
// Assigning one field of an uninitialised struct is not allowed.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p: Point;
    p.x = 1; //~ ERROR E0381
    println!("{}", p.y);
}

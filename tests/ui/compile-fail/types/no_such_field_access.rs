//@ compile-fail
// Reading a field that the struct does not have.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{} {}", p.x, p.z); //~ ERROR E0609
}

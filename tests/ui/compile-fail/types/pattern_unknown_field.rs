//@ compile-fail
// A struct pattern naming a field the struct does not have.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x, z } = p; //~ ERROR E0026
    println!("{} {}", x, z);
}

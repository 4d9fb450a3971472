//@ compile-fail
// Struct fields must be separated by commas.
struct Point {
    x: i32 //~ ERROR expected `,`, or `}`, found `y`
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", p.x + p.y);
}

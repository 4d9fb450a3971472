//@ compile-fail
// Two Point structs are added with + without an Add impl.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 3, y: 4 };
    let c = a + b; //~ ERROR E0369
    println!("{:?}", c);
}

//@ compile-fail
// Assigning to a field of a value inside an Rc, which only gives shared access.
use std::rc::Rc;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Rc::new(Point { x: 1, y: 2 });
    p.x = 5; //~ ERROR E0594
    println!("{} {}", p.x, p.y);
}

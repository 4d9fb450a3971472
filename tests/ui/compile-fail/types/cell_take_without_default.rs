//@ compile-fail
// Cell::take needs a Default payload; a Cell of a struct without Default has no take.
use std::cell::Cell;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
}

fn main() {
    let c = Cell::new(Point { x: 3 });
    let p = c.take(); //~ ERROR E0599
    println!("{:?} {:?}", p, c.get());
}

//@ compile-fail
// Cell::get on a Cell of a Vec whose element type is still an integer variable: Vec is never Copy (E0599).
use std::cell::Cell;

fn main() {
    let c = Cell::new(vec![1, 2]);
    let v = c.take();
    c.set(v);
    let copy = c.get(); //~ ERROR E0599
    println!("{:?}", copy);
}

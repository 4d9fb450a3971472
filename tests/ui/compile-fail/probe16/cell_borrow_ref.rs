//@ compile-fail
// Taking a reference into a Cell's content through a non-existent borrow (E0599).
use std::cell::Cell;
fn main() {
    let c = Cell::new(5);
    let r = c.borrow(); //~ ERROR E0599
    println!("{}", r);
}

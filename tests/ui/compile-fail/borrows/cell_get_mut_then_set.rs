//@ compile-fail
// The &mut from Cell::get_mut borrows the cell mutably: set through the cell while it is alive is E0502.
use std::cell::Cell;

fn main() {
    let mut hits = Cell::new(3);
    let inner = hits.get_mut();
    hits.set(10); //~ ERROR E0502
    *inner += 1;
    println!("{}", hits.get());
}

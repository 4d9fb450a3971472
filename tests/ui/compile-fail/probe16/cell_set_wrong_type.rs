//@ compile-fail
// Cell<u32>::set with an i64 (E0308).
use std::cell::Cell;
fn main() {
    let c = Cell::new(5u32);
    c.set(7i64); //~ ERROR E0308
    println!("{}", c.get());
}

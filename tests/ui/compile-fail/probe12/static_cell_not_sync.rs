//@ compile-fail
// A `static` holding a `Cell<u32>`: `Cell` is not `Sync`.
use std::cell::Cell;
static C: Cell<u32> = Cell::new(0); //~ ERROR E0277
fn main() {
    C.set(C.get() + 1);
    println!("{}", C.get());
}

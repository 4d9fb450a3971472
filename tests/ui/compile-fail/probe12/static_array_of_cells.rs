//@ compile-fail
// A `static` array of `Cell<bool>`.
use std::cell::Cell;
static FLAGS: [Cell<bool>; 2] = [Cell::new(false), Cell::new(true)]; //~ ERROR E0277
fn main() {
    println!("{}", FLAGS[1].get());
}

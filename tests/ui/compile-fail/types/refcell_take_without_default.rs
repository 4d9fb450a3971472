//@ compile-fail
// RefCell::take needs a Default payload; the slot's type has no Default.
use std::cell::RefCell;

#[derive(Debug)]
struct Slot {
    id: u32,
}

fn main() {
    let cell = RefCell::new(Slot { id: 7 });
    let old = cell.take(); //~ ERROR E0599
    println!("{:?}", old);
}

//@ compile-fail
// A `static` holding a `RefCell<Vec<u32>>`: `RefCell` is not `Sync`.
use std::cell::RefCell;
static LOG: RefCell<Vec<u32>> = RefCell::new(Vec::new()); //~ ERROR E0277
fn main() {
    LOG.borrow_mut().push(1);
    println!("{}", LOG.borrow().len());
}

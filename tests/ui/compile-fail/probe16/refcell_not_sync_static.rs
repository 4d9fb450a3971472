//@ compile-fail
// A RefCell in a static (not Sync) (E0277).
use std::cell::RefCell;
static COUNT: RefCell<u32> = RefCell::new(0); //~ ERROR E0277
fn main() { println!("{}", COUNT.borrow()); }

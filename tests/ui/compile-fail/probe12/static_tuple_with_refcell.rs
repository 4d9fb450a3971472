//@ compile-fail
// A `static` tuple holding a `RefCell<String>`.
use std::cell::RefCell;
static PAIR: (u32, RefCell<String>) = (1, RefCell::new(String::new())); //~ ERROR E0277
fn main() {
    PAIR.1.borrow_mut().push('a');
    println!("{}", PAIR.0);
}

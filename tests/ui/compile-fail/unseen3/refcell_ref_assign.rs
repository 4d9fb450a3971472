//@ compile-fail
// Writing through the `Ref` that `borrow()` returns: only `borrow_mut()` gives write access.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(5);
    let r = cell.borrow();
    *r = 6; //~ ERROR E0594
    println!("{}", r);
}

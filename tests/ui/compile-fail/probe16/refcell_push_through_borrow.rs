//@ compile-fail
// push through RefCell::borrow() instead of borrow_mut() (E0596).
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    c.borrow().push(2); //~ ERROR E0596
    println!("{}", c.borrow().len());
}

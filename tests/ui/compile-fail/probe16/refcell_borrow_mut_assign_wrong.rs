//@ compile-fail
// Assigning to a RefCell's borrow() (a shared Ref) (E0594).
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(1);
    *c.borrow() = 2; //~ ERROR E0594
    println!("{}", c.borrow());
}

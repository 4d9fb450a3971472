//@ compile-fail
// Rc::ptr_eq given an Rc and a plain reference (E0308).
use std::rc::Rc;
fn main() {
    let a = Rc::new(1);
    let b = 1;
    println!("{}", Rc::ptr_eq(&a, &b)); //~ ERROR E0308
}

//@ compile-fail
// Iterating over a RefCell through a temporary `Ref` that is dropped too early.
use std::cell::RefCell;

fn main() {
    let names = RefCell::new(vec![String::from("a"), String::from("b")]);
    let iter = names.borrow().iter(); //~ ERROR E0716
    for n in iter {
        println!("{}", n);
    }
}

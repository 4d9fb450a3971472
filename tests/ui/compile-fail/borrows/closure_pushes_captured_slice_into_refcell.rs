//@ compile-fail
// A closure pushing a slice of a captured String into a captured RefCell<Vec<&str>>: the log keeps the String borrowed.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    let s = String::from("entry");
    let f = || log.borrow_mut().push(s.as_str());
    f();
    drop(s); //~ ERROR E0505
    println!("{:?}", log.borrow());
}

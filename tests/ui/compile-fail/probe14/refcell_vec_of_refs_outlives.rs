//@ compile-fail
// A `RefCell<Vec<&str>>` given a borrow of a local that dies first.
use std::cell::RefCell;
fn main() {
    let log: RefCell<Vec<&str>> = RefCell::new(Vec::new());
    {
        let s = String::from("x");
        log.borrow_mut().push(&s); //~ ERROR E0597
    }
    println!("{:?}", log.borrow());
}

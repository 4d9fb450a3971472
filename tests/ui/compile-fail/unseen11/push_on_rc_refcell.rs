//@ compile-fail
// push is called on an Rc<RefCell<Vec<_>>> without borrow_mut().
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let writer = Rc::clone(&log);
    writer.push(String::from("started")); //~ ERROR E0599
    println!("{:?}", log.borrow());
}

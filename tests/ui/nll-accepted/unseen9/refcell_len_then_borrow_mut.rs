// A shared borrow of a RefCell ends within its statement, so borrow_mut right after it succeeds.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(vec![String::from("boot")]));
    let other = Rc::clone(&log);
    let n = log.borrow().len();
    other.borrow_mut().push(format!("entry {}", n));
    let last = log.borrow().last().cloned();
    log.borrow_mut().push(String::from("done"));
    println!("{:?} {:?}", last, log.borrow());
}

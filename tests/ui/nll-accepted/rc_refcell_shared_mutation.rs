// Rc<RefCell<_>>: several owners, mutation checked at run time.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let a = Rc::clone(&log);
    let b = Rc::clone(&log);
    a.borrow_mut().push("from a");
    b.borrow_mut().push("from b");
    let n = log.borrow().len();
    println!("{} {:?}", n, log.borrow());
    println!("{}", Rc::strong_count(&log));
}

// Two Rc owners of one RefCell<Vec> push in turn; each borrow ends at its statement.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let a = Rc::clone(&shared);
    let b = Rc::clone(&shared);
    a.borrow_mut().push("from a");
    b.borrow_mut().push("from b");
    let n = shared.borrow().len();
    println!("{} {:?} rc={}", n, shared.borrow(), Rc::strong_count(&shared));
}

// borrow() while a borrow_mut() is alive panics with "already mutably borrowed".
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(5);
    let m = c.borrow_mut();
    println!("holding a mutable borrow of {}", *m);
    let r = c.borrow();
    println!("{}", *r);
}

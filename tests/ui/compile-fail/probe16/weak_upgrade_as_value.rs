//@ compile-fail
// Weak::upgrade's Option<Rc<T>> used as an Rc<T> (E0308).
use std::rc::{Rc, Weak};
fn main() {
    let r = Rc::new(5);
    let w: Weak<i32> = Rc::downgrade(&r);
    let back: Rc<i32> = w.upgrade(); //~ ERROR E0308
    println!("{}", back);
}

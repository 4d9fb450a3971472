//@ compile-fail
// Dereferencing a Weak directly (E0614).
use std::rc::{Rc, Weak};
fn main() {
    let r = Rc::new(5);
    let w: Weak<i32> = Rc::downgrade(&r);
    println!("{}", *w); //~ ERROR E0614
}

//@ compile-fail
// Reading a field of Option<Rc<T>> after upgrade without unwrap (E0609).
use std::rc::{Rc, Weak};
struct Node { v: u32 }
fn main() {
    let r = Rc::new(Node { v: 1 });
    let w: Weak<Node> = Rc::downgrade(&r);
    println!("{}", w.upgrade().v); //~ ERROR E0609
}

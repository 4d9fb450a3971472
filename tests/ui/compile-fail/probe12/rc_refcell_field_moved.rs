//@ compile-fail
// Moving a field out of `rc.borrow()` of an `Rc<RefCell<Node>>` (E0507).
use std::cell::RefCell;
use std::rc::Rc;
struct Node {
    label: String,
}
fn main() {
    let n = Rc::new(RefCell::new(Node { label: String::from("a") }));
    let l = n.borrow().label; //~ ERROR E0507
    println!("{l}");
}

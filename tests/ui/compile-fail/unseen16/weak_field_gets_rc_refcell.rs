//@ compile-fail
// A parent field typed Weak<Node> given the downgrade of an Rc<RefCell<Node>>.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    id: u32,
    parent: Option<Weak<Node>>,
}

fn main() {
    let root = Rc::new(RefCell::new(Node { id: 0, parent: None }));
    let mut child = Node { id: 1, parent: None };
    child.parent = Some(Rc::downgrade(&root)); //~ ERROR E0308
    println!("{} {}", child.id, root.borrow().id);
}

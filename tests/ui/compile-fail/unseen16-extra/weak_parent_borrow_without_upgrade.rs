//@ compile-fail
// Calling borrow() on a Weak parent link without upgrading it first.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: Weak<RefCell<Node>>,
}

fn main() {
    let root = Rc::new(RefCell::new(Node { name: "root".into(), parent: Weak::new() }));
    let child = Node { name: "child".into(), parent: Rc::downgrade(&root) };
    let pname = child.parent.borrow().name.clone(); //~ ERROR E0599
    println!("{} -> {}", child.name, pname);
}

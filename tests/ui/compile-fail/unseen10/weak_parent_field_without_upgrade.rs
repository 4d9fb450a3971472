//@ compile-fail
// The parent's name is read straight from Weak::upgrade's Option without unwrapping it.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
}

fn main() {
    let root = Rc::new(Node { name: "root".into(), parent: RefCell::new(Weak::new()) });
    let leaf = Rc::new(Node { name: "leaf".into(), parent: RefCell::new(Weak::new()) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&root);
    let parent_name = leaf.parent.borrow().upgrade().name; //~ ERROR E0609
    println!("{} -> {}", leaf.name, parent_name);
}

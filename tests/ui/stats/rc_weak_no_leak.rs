// Breaking the cycle with Weak: everything is freed, leaked_bytes is 0.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let parent = Rc::new(Node { parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    let child = Rc::new(Node { parent: RefCell::new(Rc::downgrade(&parent)), children: RefCell::new(vec![]) });
    parent.children.borrow_mut().push(Rc::clone(&child));
    println!("{} {}", Rc::strong_count(&child), Rc::weak_count(&parent));
}

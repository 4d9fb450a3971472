// Rc<RefCell> tree with Weak parent
use std::cell::RefCell;
use std::rc::{Rc, Weak};
#[derive(Debug)]
struct Node { name: String, parent: RefCell<Weak<Node>>, children: RefCell<Vec<Rc<Node>>> }
fn node(n: &str) -> Rc<Node> { Rc::new(Node { name: n.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) }) }
fn main() {
    let root = node("root");
    for n in ["a", "b"] {
        let c = node(n);
        *c.parent.borrow_mut() = Rc::downgrade(&root);
        root.children.borrow_mut().push(Rc::clone(&c));
    }
    let first = Rc::clone(&root.children.borrow()[0]);
    println!("{} parent={:?}", first.name, first.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("{}", root.children.borrow().iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(","));
    drop(root);
    println!("{:?}", first.parent.borrow().upgrade().is_none());
}

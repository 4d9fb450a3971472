// A tree with Rc children and Weak parents: no cycle of strong references, so nothing leaks.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) })
}

fn adopt(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn main() {
    let root = node("root");
    let leaf = node("leaf");
    {
        let branch = node("branch");
        adopt(&branch, Rc::clone(&leaf));
        adopt(&root, Rc::clone(&branch));
        println!("path: {}", path(&leaf));
        println!("branch strong {} weak {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
    }
    println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("leaf strong {} weak {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    let parent_name = leaf.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("leaf parent {:?}", parent_name);
    root.children.borrow_mut().clear();
    let gone = leaf.parent.borrow().upgrade().is_none();
    println!("after clearing root: parent gone = {}", gone);
    println!("path now: {}", path(&leaf));
}

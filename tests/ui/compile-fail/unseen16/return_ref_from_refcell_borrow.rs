//@ compile-fail
// A getter returning &str out of a RefCell borrow: the Ref guard is a temporary of the function.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    children: Vec<Rc<RefCell<Node>>>,
}

struct Tree {
    root: Rc<RefCell<Node>>,
}

impl Tree {
    fn root_name(&self) -> &str {
        &self.root.borrow().name //~ ERROR E0515
    }
}

fn main() {
    let t = Tree { root: Rc::new(RefCell::new(Node { name: "root".into(), children: vec![] })) };
    println!("{} {}", t.root_name(), t.root.borrow().children.len());
}

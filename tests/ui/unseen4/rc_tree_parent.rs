// A tree with Rc<RefCell<..>> children and Weak parent links; counts before and after drops.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    label: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(label: &str) -> Rc<Node> {
        Rc::new(Node {
            label: label.to_string(),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![]),
        })
    }
}

fn attach(parent: &Rc<Node>, child: &Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn path(node: &Rc<Node>) -> String {
    let mut parts = vec![node.label.clone()];
    let mut cur = node.parent.borrow().upgrade();
    while let Some(p) = cur {
        parts.push(p.label.clone());
        cur = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn depth_sum(node: &Rc<Node>, depth: usize) -> usize {
    let mut total = depth;
    for c in node.children.borrow().iter() {
        total += depth_sum(c, depth + 1);
    }
    total
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping {}", self.label);
    }
}

fn main() {
    let root = Node::new("root");
    let leaf = Node::new("leaf");
    {
        let mid = Node::new("mid");
        attach(&root, &mid);
        attach(&mid, &leaf);
        attach(&root, &Node::new("side"));
        println!("mid strong = {}, weak = {}", Rc::strong_count(&mid), Rc::weak_count(&mid));
        println!("path of leaf: {}", path(&leaf));
    }
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    println!("root strong = {}, weak = {}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("depth sum = {}", depth_sum(&root, 0));
    let names: Vec<String> = root.children.borrow().iter().map(|c| c.label.clone()).collect();
    println!("root children: {:?}", names);
    let parent_of_leaf = leaf.parent.borrow().upgrade().map(|p| p.label.clone());
    println!("parent of leaf: {:?}", parent_of_leaf);
    drop(root);
    println!("after dropping root, leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.label.clone()));
    println!("end");
}

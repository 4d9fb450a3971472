// A tree with Weak back-pointers to parents: paths to the root, counts, and parents dropped first
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct TreeNode {
    label: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

fn new_node(label: &str) -> Rc<TreeNode> {
    Rc::new(TreeNode { label: label.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn add_child(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path_to_root(node: &Rc<TreeNode>) -> String {
    let mut parts = vec![node.label.clone()];
    let mut current = node.parent.borrow().upgrade();
    while let Some(p) = current {
        parts.push(p.label.clone());
        current = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn count(node: &Rc<TreeNode>) -> usize {
    1 + node.children.borrow().iter().map(count).sum::<usize>()
}

fn main() {
    let leaf = new_node("notes.txt");
    {
        let root = new_node("home");
        let docs = new_node("docs");
        let music = new_node("music");
        add_child(&root, docs.clone());
        add_child(&root, music);
        add_child(&docs, leaf.clone());
        add_child(&docs, new_node("cv.pdf"));

        println!("{}", path_to_root(&leaf));
        println!("nodes: {}", count(&root));
        println!("docs strong={} weak={}", Rc::strong_count(&docs), Rc::weak_count(&docs));
        println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
        let names: Vec<String> = root.children.borrow().iter().map(|c| c.label.clone()).collect();
        println!("root children: {:?}", names);
    }
    println!("leaf parent after scope: {:?}", leaf.parent.borrow().upgrade().map(|p| p.label.clone()));
    println!("{}", path_to_root(&leaf));
    println!("leaf strong={} weak={}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
}

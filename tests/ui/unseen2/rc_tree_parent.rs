// An Rc<RefCell<Node>> tree with Weak parent links: depth via parents, subtree sums, strong/weak counts.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    size: u32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn node(name: &str, size: u32) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        size,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![]),
    })
}

fn attach(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn total(n: &Node) -> u32 {
    n.size + n.children.borrow().iter().map(|c| total(c)).sum::<u32>()
}

fn print_tree(n: &Node, depth: usize) {
    println!("{}{} ({})", "  ".repeat(depth), n.name, total(n));
    for c in n.children.borrow().iter() {
        print_tree(c, depth + 1);
    }
}

fn main() {
    let root = node("root", 1);
    let docs = node("docs", 10);
    let src = node("src", 5);
    let main_rs = node("main.rs", 40);
    attach(&src, Rc::clone(&main_rs));
    attach(&src, node("lib.rs", 25));
    attach(&root, Rc::clone(&docs));
    attach(&root, src);
    attach(&docs, node("guide.md", 7));

    print_tree(&root, 0);
    println!("path: {}", path(&main_rs));
    println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("docs strong={} weak={}", Rc::strong_count(&docs), Rc::weak_count(&docs));

    let parent_name = main_rs.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("main.rs parent: {:?}", parent_name);
    docs.children.borrow_mut().clear();
    println!("after clearing docs: total {}", total(&root));

    drop(root);
    println!("docs parent alive: {}", docs.parent.borrow().upgrade().is_some());
    println!("main.rs parent alive: {}", main_rs.parent.borrow().upgrade().is_some());
    println!("main.rs strong={}", Rc::strong_count(&main_rs));
}

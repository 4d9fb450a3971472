// Weak parent links: a tree whose children own Rc nodes and point back with Weak; counts and upgrades.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

impl TreeNode {
    fn new(name: &str) -> Rc<TreeNode> {
        Rc::new(TreeNode { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
    }

    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }

    fn size(&self) -> usize {
        1 + self.children.borrow().iter().map(|c| c.size()).sum::<usize>()
    }
}

fn add_child(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn main() {
    let root = TreeNode::new("root");
    let usr = TreeNode::new("usr");
    let bin = TreeNode::new("bin");
    let local = TreeNode::new("local");
    add_child(&root, Rc::clone(&usr));
    add_child(&root, bin);
    add_child(&usr, Rc::clone(&local));
    println!("{}", local.path());
    println!("size {}", root.size());
    println!("usr strong {} weak {}", Rc::strong_count(&usr), Rc::weak_count(&usr));
    println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));

    let orphan_parent;
    {
        let tmp = TreeNode::new("tmp");
        let leaf = TreeNode::new("leaf");
        add_child(&tmp, Rc::clone(&leaf));
        println!("{} parent alive: {}", leaf.path(), leaf.parent.borrow().upgrade().is_some());
        orphan_parent = Rc::clone(&leaf);
        println!("tmp strong {} weak {}", Rc::strong_count(&tmp), Rc::weak_count(&tmp));
    }
    println!("after scope: {} parent alive: {}", orphan_parent.path(), orphan_parent.parent.borrow().upgrade().is_some());
    println!("leaf strong {}", Rc::strong_count(&orphan_parent));

    let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
    println!("children of root {:?}", names);
    let w: Weak<TreeNode> = Rc::downgrade(&local);
    println!("weak upgrade: {:?}", w.upgrade().map(|n| n.name.clone()));
    drop(local);
    println!("still reachable through usr: {:?}", w.upgrade().map(|n| n.path()));
    usr.children.borrow_mut().clear();
    println!("after clear: {:?}", w.upgrade().map(|n| n.name.clone()));
    let empty: Weak<i32> = Weak::new();
    println!("empty weak {:?}", empty.upgrade());
}

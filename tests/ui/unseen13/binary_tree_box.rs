// A binary search tree of Option<Box<Node>>: each node is one heap allocation.
struct Node {
    key: u32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, key: u32) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if key == node.key {
                return false;
            }
            slot = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { key, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, key: u32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }

    fn depth(node: &Option<Box<Node>>) -> usize {
        match node {
            Some(n) => 1 + Tree::depth(&n.left).max(Tree::depth(&n.right)),
            None => 0,
        }
    }

    fn in_order(node: &Option<Box<Node>>, out: &mut Vec<u32>) {
        if let Some(n) = node {
            Tree::in_order(&n.left, out);
            out.push(n.key);
            Tree::in_order(&n.right, out);
        }
    }
}

fn main() {
    let mut t = Tree::default();
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let added = t.insert(k);
        if !added {
            println!("{} already present", k);
        }
    }
    let mut keys = Vec::with_capacity(t.size);
    Tree::in_order(&t.root, &mut keys);
    println!("{:?}", keys);
    println!("size {} depth {}", t.size, Tree::depth(&t.root));
    println!("contains 65: {}, contains 66: {}", t.contains(65), t.contains(66));
}

// Smart pointers: a binary search tree with Option<Box<Node>>, insert, contains, in-order walk, depth.
#[derive(Debug)]
struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Tree {
    root: Option<Box<Node>>,
    size: usize,
}

impl Tree {
    fn insert(&mut self, val: i32) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if val == node.val {
                return false;
            }
            cur = if val < node.val { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { val, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, val: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if val == node.val {
                return true;
            }
            cur = if val < node.val { &node.left } else { &node.right };
        }
        false
    }

    fn in_order(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(b) = n {
                walk(&b.left, out);
                out.push(b.val);
                walk(&b.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn depth(n: &Option<Box<Node>>) -> usize {
        match n {
            None => 0,
            Some(b) => 1 + Tree::depth(&b.left).max(Tree::depth(&b.right)),
        }
    }
}

fn main() {
    let mut t = Tree::default();
    for v in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let fresh = t.insert(v);
        if !fresh {
            println!("duplicate {v}");
        }
    }
    println!("size {} depth {}", t.size, Tree::depth(&t.root));
    println!("{:?}", t.in_order());
    println!("{} {}", t.contains(65), t.contains(66));
    let left = t.root.as_ref().and_then(|r| r.left.as_ref()).map(|n| n.val);
    println!("{:?}", left);
    let empty = Tree::default();
    println!("{:?} {}", empty, Tree::depth(&empty.root));
}

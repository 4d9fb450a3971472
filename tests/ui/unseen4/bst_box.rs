// A binary search tree with Option<Box<Node>>: insert, contains, in-order traversal, height, min/max.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Tree,
    right: Tree,
}

#[derive(Debug, Default)]
struct Tree(Option<Box<Node>>);

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let mut cur = &mut self.0;
        while let Some(node) = cur {
            if key == node.key {
                return false;
            }
            cur = if key < node.key { &mut node.left.0 } else { &mut node.right.0 };
        }
        *cur = Some(Box::new(Node { key, left: Tree(None), right: Tree(None) }));
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.0;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left.0 } else { &node.right.0 };
        }
        false
    }

    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(node) = &self.0 {
            node.left.in_order(out);
            out.push(node.key);
            node.right.in_order(out);
        }
    }

    fn height(&self) -> usize {
        match &self.0 {
            None => 0,
            Some(n) => 1 + n.left.height().max(n.right.height()),
        }
    }

    fn min(&self) -> Option<i32> {
        let mut node = self.0.as_ref()?;
        while let Some(l) = node.left.0.as_ref() {
            node = l;
        }
        Some(node.key)
    }

    fn max(&self) -> Option<i32> {
        self.0.as_ref().map(|n| n.right.max().unwrap_or(n.key))
    }
}

fn main() {
    let mut t = Tree::default();
    let keys = [50, 30, 70, 20, 40, 60, 80, 30, 65, 10];
    let inserted: Vec<bool> = keys.iter().map(|&k| t.insert(k)).collect();
    println!("inserted: {:?}", inserted);
    let mut v = Vec::new();
    t.in_order(&mut v);
    println!("in order: {:?}", v);
    println!("height {} min {:?} max {:?}", t.height(), t.min(), t.max());
    for k in [65, 66, 10, 0] {
        println!("contains {k}: {}", t.contains(k));
    }
    let empty = Tree(None);
    println!("empty: height {} min {:?} max {:?}", empty.height(), empty.min(), empty.max());
    let mut skewed = Tree::default();
    for k in 1..=6 {
        skewed.insert(k);
    }
    println!("skewed height {}", skewed.height());
    if let Some(root) = &t.0 {
        println!("root {} left {:?}", root.key, root.left.0.as_ref().map(|n| n.key));
    }
}

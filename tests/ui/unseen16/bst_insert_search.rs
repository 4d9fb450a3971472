// A binary search tree of i32 keys with String values: recursive insert, search, in-order walk, height.
#[derive(Debug)]
struct Node {
    key: i32,
    value: String,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Default)]
struct Bst {
    root: Option<Box<Node>>,
    size: usize,
}

impl Bst {
    fn insert(&mut self, key: i32, value: &str) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            if key == node.key {
                node.value = value.to_string();
                return false;
            }
            slot = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *slot = Some(Box::new(Node { key, value: value.to_string(), left: None, right: None }));
        self.size += 1;
        true
    }

    fn get(&self, key: i32) -> Option<&str> {
        let mut cur = self.root.as_ref();
        while let Some(node) = cur {
            if key == node.key {
                return Some(&node.value);
            }
            cur = if key < node.key { node.left.as_ref() } else { node.right.as_ref() };
        }
        None
    }

    fn in_order(&self) -> Vec<(i32, &str)> {
        fn walk<'a>(n: &'a Option<Box<Node>>, out: &mut Vec<(i32, &'a str)>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push((node.key, node.value.as_str()));
                walk(&node.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    fn height(&self) -> usize {
        fn h(n: &Option<Box<Node>>) -> usize {
            match n {
                None => 0,
                Some(b) => 1 + h(&b.left).max(h(&b.right)),
            }
        }
        h(&self.root)
    }

    fn min(&self) -> Option<i32> {
        let mut cur = self.root.as_deref()?;
        while let Some(l) = cur.left.as_deref() {
            cur = l;
        }
        Some(cur.key)
    }
}

fn main() {
    let mut t = Bst::default();
    let words = [(50, "fifty"), (30, "thirty"), (70, "seventy"), (20, "twenty"), (40, "forty"), (60, "sixty"), (80, "eighty")];
    for (k, v) in words.iter() {
        t.insert(*k, v);
    }
    println!("re-insert 40: {}", t.insert(40, "FORTY"));
    println!("size {} height {}", t.size, t.height());
    for k in [40, 65, 80] {
        match t.get(k) {
            Some(v) => println!("get {} -> {}", k, v),
            None => println!("get {} -> missing", k),
        }
    }
    let walk = t.in_order();
    let keys: Vec<i32> = walk.iter().map(|(k, _)| *k).collect();
    println!("in order: {:?}", keys);
    println!("values: {:?}", walk.iter().map(|(_, v)| *v).collect::<Vec<_>>());
    println!("min = {:?}", t.min());
    let mut skewed = Bst::default();
    for k in 1..=6 {
        skewed.insert(k, "x");
    }
    println!("skewed height {} min {:?}", skewed.height(), skewed.min());
    if let Some(root) = &t.root {
        println!("root {} left {:?}", root.key, root.left.as_ref().map(|n| n.key));
    }
}

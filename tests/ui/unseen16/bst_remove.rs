// Removing from a binary search tree of Option<Box<Node>>: leaf, one child, two children via the min of the right subtree.
type Tree = Option<Box<Node>>;

struct Node {
    key: u32,
    left: Tree,
    right: Tree,
}

fn insert(t: &mut Tree, key: u32) {
    match t {
        None => *t = Some(Box::new(Node { key, left: None, right: None })),
        Some(n) => {
            if key < n.key {
                insert(&mut n.left, key)
            } else if key > n.key {
                insert(&mut n.right, key)
            }
        }
    }
}

fn take_min(t: &mut Tree) -> Option<u32> {
    if t.as_ref()?.left.is_some() {
        return take_min(&mut t.as_mut().unwrap().left);
    }
    let node = t.take()?;
    *t = node.right;
    Some(node.key)
}

fn remove(t: &mut Tree, key: u32) -> bool {
    let Some(n) = t else { return false };
    if key < n.key {
        return remove(&mut n.left, key);
    }
    if key > n.key {
        return remove(&mut n.right, key);
    }
    match (n.left.take(), n.right.take()) {
        (None, None) => *t = None,
        (Some(l), None) => *t = Some(l),
        (None, Some(r)) => *t = Some(r),
        (Some(l), Some(r)) => {
            n.left = Some(l);
            n.right = Some(r);
            let succ = take_min(&mut n.right).unwrap();
            n.key = succ;
        }
    }
    true
}

fn keys(t: &Tree, out: &mut Vec<u32>) {
    if let Some(n) = t {
        keys(&n.left, out);
        out.push(n.key);
        keys(&n.right, out);
    }
}

fn shape(t: &Tree) -> String {
    match t {
        None => ".".to_string(),
        Some(n) => {
            if n.left.is_none() && n.right.is_none() {
                n.key.to_string()
            } else {
                format!("({} {} {})", shape(&n.left), n.key, shape(&n.right))
            }
        }
    }
}

fn main() {
    let mut root: Tree = None;
    for k in [8, 3, 10, 1, 6, 14, 4, 7, 13] {
        insert(&mut root, k);
    }
    println!("{}", shape(&root));
    for k in [7, 14, 3, 8, 99] {
        let removed = remove(&mut root, k);
        let mut v = Vec::new();
        keys(&root, &mut v);
        println!("remove {:>2}: {:<5} {:?}", k, removed, v);
        println!("          {}", shape(&root));
    }
    println!("take_min -> {:?}", take_min(&mut root));
    println!("{}", shape(&root));
    while take_min(&mut root).is_some() {}
    println!("empty: {}", root.is_none());
}

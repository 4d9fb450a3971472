// An AVL tree on Option<Box<Node>>: insert with rotations, height bookkeeping, and a check that it stays balanced.
use std::cmp::max;

type Link = Option<Box<Node>>;

struct Node {
    key: i32,
    height: i32,
    left: Link,
    right: Link,
}

fn height(l: &Link) -> i32 {
    l.as_ref().map_or(0, |n| n.height)
}

fn fix(n: &mut Box<Node>) {
    n.height = 1 + max(height(&n.left), height(&n.right));
}

fn rotate_right(mut n: Box<Node>) -> Box<Node> {
    let mut l = n.left.take().expect("rotate_right needs a left child");
    n.left = l.right.take();
    fix(&mut n);
    l.right = Some(n);
    fix(&mut l);
    l
}

fn rotate_left(mut n: Box<Node>) -> Box<Node> {
    let mut r = n.right.take().expect("rotate_left needs a right child");
    n.right = r.left.take();
    fix(&mut n);
    r.left = Some(n);
    fix(&mut r);
    r
}

fn balance(mut n: Box<Node>) -> Box<Node> {
    fix(&mut n);
    let bf = height(&n.left) - height(&n.right);
    if bf > 1 {
        if height(&n.left.as_ref().unwrap().left) < height(&n.left.as_ref().unwrap().right) {
            n.left = Some(rotate_left(n.left.take().unwrap()));
        }
        return rotate_right(n);
    }
    if bf < -1 {
        if height(&n.right.as_ref().unwrap().right) < height(&n.right.as_ref().unwrap().left) {
            n.right = Some(rotate_right(n.right.take().unwrap()));
        }
        return rotate_left(n);
    }
    n
}

fn insert(link: Link, key: i32) -> Box<Node> {
    match link {
        None => Box::new(Node { key, height: 1, left: None, right: None }),
        Some(mut n) => {
            if key < n.key {
                n.left = Some(insert(n.left.take(), key));
            } else if key > n.key {
                n.right = Some(insert(n.right.take(), key));
            } else {
                return n;
            }
            balance(n)
        }
    }
}

fn check(l: &Link) -> Result<i32, String> {
    match l {
        None => Ok(0),
        Some(n) => {
            let hl = check(&n.left)?;
            let hr = check(&n.right)?;
            if (hl - hr).abs() > 1 {
                return Err(format!("unbalanced at {}", n.key));
            }
            Ok(1 + max(hl, hr))
        }
    }
}

fn preorder(l: &Link, out: &mut Vec<i32>) {
    if let Some(n) = l {
        out.push(n.key);
        preorder(&n.left, out);
        preorder(&n.right, out);
    }
}

fn main() {
    let mut root: Link = None;
    for k in 1..=15 {
        root = Some(insert(root.take(), k));
    }
    let mut pre = Vec::new();
    preorder(&root, &mut pre);
    println!("ascending 1..=15 preorder {:?}", pre);
    println!("height {} check {:?}", height(&root), check(&root));
    let mut t: Link = None;
    for k in [50, 20, 80, 10, 30, 25, 27, 26, 90, 95, 99, 20] {
        t = Some(insert(t, k));
        println!("insert {:>2}: root {} height {}", k, t.as_ref().unwrap().key, height(&t));
    }
    let mut pre = Vec::new();
    preorder(&t, &mut pre);
    println!("preorder {:?} {:?}", pre, check(&t));
}

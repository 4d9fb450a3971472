// A binary search tree in Option<Box<Node>> with insert, contains, min, height and delete (with the in-order successor).
#[derive(Debug)]
struct Node {
    key: i32,
    left: Tree,
    right: Tree,
}

type Tree = Option<Box<Node>>;

fn insert(tree: &mut Tree, key: i32) -> bool {
    match tree {
        None => {
            *tree = Some(Box::new(Node { key, left: None, right: None }));
            true
        }
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key)
            } else if key > node.key {
                insert(&mut node.right, key)
            } else {
                false
            }
        }
    }
}

fn contains(tree: &Tree, key: i32) -> bool {
    let mut cur = tree;
    while let Some(node) = cur {
        if key == node.key {
            return true;
        }
        cur = if key < node.key { &node.left } else { &node.right };
    }
    false
}

fn take_min(tree: &mut Tree) -> Option<i32> {
    if tree.as_ref()?.left.is_some() {
        take_min(&mut tree.as_mut().unwrap().left)
    } else {
        let node = tree.take().unwrap();
        *tree = node.right;
        Some(node.key)
    }
}

fn delete(tree: &mut Tree, key: i32) -> bool {
    let Some(node) = tree else { return false };
    if key < node.key {
        return delete(&mut node.left, key);
    }
    if key > node.key {
        return delete(&mut node.right, key);
    }
    match (node.left.take(), node.right.take()) {
        (None, None) => *tree = None,
        (Some(l), None) => *tree = Some(l),
        (None, Some(r)) => *tree = Some(r),
        (Some(l), Some(r)) => {
            node.left = Some(l);
            node.right = Some(r);
            node.key = take_min(&mut node.right).unwrap();
        }
    }
    true
}

fn inorder(tree: &Tree, out: &mut Vec<i32>) {
    if let Some(n) = tree {
        inorder(&n.left, out);
        out.push(n.key);
        inorder(&n.right, out);
    }
}

fn height(tree: &Tree) -> usize {
    match tree {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn main() {
    let mut root: Tree = None;
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30] {
        let fresh = insert(&mut root, k);
        if !fresh {
            println!("duplicate {}", k);
        }
    }
    let mut keys = Vec::new();
    inorder(&root, &mut keys);
    println!("inorder {:?}, height {}", keys, height(&root));
    for k in [20, 30, 50, 99, 70] {
        let removed = delete(&mut root, k);
        let mut keys = Vec::new();
        inorder(&root, &mut keys);
        println!("delete {:>2}: {:<5} -> {:?} (height {})", k, removed, keys, height(&root));
    }
    println!("contains 45? {}, contains 50? {}", contains(&root, 45), contains(&root, 50));
    println!("root is now {:?}", root.as_ref().map(|n| n.key));
}

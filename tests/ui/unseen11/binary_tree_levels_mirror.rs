// A binary tree of Option<Box<Node>>: build from a level-order list, print levels with VecDeque, mirror, sum leaves.
use std::collections::VecDeque;

#[derive(Debug)]
struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn build(vals: &[Option<i32>], i: usize) -> Option<Box<Node>> {
    match vals.get(i) {
        Some(Some(v)) => Some(Box::new(Node { val: *v, left: build(vals, 2 * i + 1), right: build(vals, 2 * i + 2) })),
        _ => None,
    }
}

fn levels(root: &Option<Box<Node>>) -> Vec<Vec<i32>> {
    let mut out = Vec::new();
    let mut queue = VecDeque::new();
    if let Some(n) = root {
        queue.push_back((n.as_ref(), 0usize));
    }
    while let Some((node, depth)) = queue.pop_front() {
        if out.len() <= depth {
            out.push(Vec::new());
        }
        out[depth].push(node.val);
        for child in [&node.left, &node.right] {
            if let Some(c) = child {
                queue.push_back((c, depth + 1));
            }
        }
    }
    out
}

fn mirror(node: &mut Option<Box<Node>>) {
    if let Some(n) = node {
        std::mem::swap(&mut n.left, &mut n.right);
        mirror(&mut n.left);
        mirror(&mut n.right);
    }
}

fn leaf_sum(node: &Option<Box<Node>>) -> i32 {
    match node {
        None => 0,
        Some(n) if n.left.is_none() && n.right.is_none() => n.val,
        Some(n) => leaf_sum(&n.left) + leaf_sum(&n.right),
    }
}

fn height(node: &Option<Box<Node>>) -> usize {
    node.as_ref().map_or(0, |n| 1 + height(&n.left).max(height(&n.right)))
}

fn main() {
    let vals = [Some(1), Some(2), Some(3), Some(4), None, Some(6), Some(7), None, None, None, None, Some(12)];
    let mut root = build(&vals, 0);
    println!("levels: {:?}", levels(&root));
    println!("height {} leaf sum {}", height(&root), leaf_sum(&root));
    mirror(&mut root);
    println!("mirrored: {:?}", levels(&root));
    if let Some(r) = root.as_mut() {
        r.val *= 100;
        if let Some(l) = r.left.as_mut() {
            l.left = None;
        }
    }
    println!("pruned: {:?} leaf sum {}", levels(&root), leaf_sum(&root));
    let empty = build(&[], 0);
    println!("empty: {:?} {}", levels(&empty), height(&empty));
}

// A binary search tree with Option<Box<Node>> children: insert and in-order walk.
#[derive(Debug)]
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, value: i32) {
    match slot {
        None => *slot = Some(Box::new(Node { value, left: None, right: None })),
        Some(node) => {
            if value < node.value {
                insert(&mut node.left, value)
            } else {
                insert(&mut node.right, value)
            }
        }
    }
}

fn walk(slot: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = slot {
        walk(&node.left, out);
        out.push(node.value);
        walk(&node.right, out);
    }
}

fn depth(slot: &Option<Box<Node>>) -> usize {
    slot.as_ref().map_or(0, |n| 1 + depth(&n.left).max(depth(&n.right)))
}

fn main() {
    let mut root = None;
    for v in [50, 30, 70, 20, 40, 60, 80, 35] {
        insert(&mut root, v);
    }
    let mut out = Vec::new();
    walk(&root, &mut out);
    println!("{out:?}");
    println!("depth {}", depth(&root));
}

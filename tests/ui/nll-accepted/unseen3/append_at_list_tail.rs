// Walking a `&mut` cursor down a linked list to append at its end.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Option<Box<Node>>, val: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut list = None;
    for v in [1, 2, 3] {
        push_back(&mut list, v);
    }
    let mut cur = &list;
    while let Some(n) = cur {
        print!("{} ", n.val);
        cur = &n.next;
    }
    println!();
}

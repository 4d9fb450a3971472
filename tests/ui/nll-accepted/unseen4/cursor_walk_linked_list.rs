// Walking a linked list with a &mut cursor reassigned in a loop, then appending at the end.
#[derive(Debug)]
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

fn double_all(head: &mut Option<Box<Node>>) {
    let mut cur = head.as_mut();
    while let Some(node) = cur {
        node.val *= 2;
        cur = node.next.as_mut();
    }
}

fn main() {
    let mut list = None;
    for v in [3, 1, 4] {
        push_back(&mut list, v);
    }
    double_all(&mut list);
    let mut out = vec![];
    let mut cur = &list;
    while let Some(n) = cur {
        out.push(n.val);
        cur = &n.next;
    }
    println!("{:?}", out);
}

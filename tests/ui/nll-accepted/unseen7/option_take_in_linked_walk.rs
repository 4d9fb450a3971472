// A cursor over an Option<Box<Node>> list advanced with a &mut reference reassigned in a loop.
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
    let mut head = None;
    for v in [3, 1, 4, 1, 5] {
        push_back(&mut head, v);
    }
    let mut out = Vec::new();
    let mut cur = &head;
    while let Some(n) = cur {
        out.push(n.val);
        cur = &n.next;
    }
    println!("{:?}", out);
}

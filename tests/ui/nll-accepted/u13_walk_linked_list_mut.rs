// A cursor of type &mut Option<Box<Node>> walks to the end of a list and appends there.
struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

fn append(head: &mut Option<Box<Node>>, v: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { v, next: None }));
}

fn main() {
    let mut head = None;
    for v in 1..=4 {
        append(&mut head, v);
    }
    let mut cur = &head;
    while let Some(n) = cur {
        print!("{} ", n.v);
        cur = &n.next;
    }
    println!();
}

// A &mut cursor walks an Option<Box<Node>> list to its tail and appends there.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn append(head: &mut Option<Box<Node>>, value: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { value, next: None }));
}

fn main() {
    let mut list = None;
    for v in [4, 8, 15] {
        append(&mut list, v);
    }
    let mut cur = &list;
    while let Some(n) = cur {
        print!("{} ", n.value);
        cur = &n.next;
    }
    println!();
}

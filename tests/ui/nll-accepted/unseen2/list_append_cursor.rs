// Walking a linked list with a `&mut Option<Box<Node>>` cursor and appending at the end.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn append(head: &mut Option<Box<Node>>, val: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut head = None;
    for i in 1..4 {
        append(&mut head, i * 10);
    }
    let mut cur = &head;
    while let Some(node) = cur {
        print!("{} ", node.val);
        cur = &node.next;
    }
    println!();
}

//@ compile-fail
// Linking the same boxed node as both head and tail of a queue: the Box is moved twice.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Queue {
    head: Option<Box<Node>>,
    tail: Option<Box<Node>>,
}

fn main() {
    let mut q = Queue { head: None, tail: None };
    let node = Box::new(Node { value: 1, next: None });
    q.head = Some(node);
    q.tail = Some(node); //~ ERROR E0382
    println!("{}", q.head.unwrap().value + q.tail.unwrap().value);
}

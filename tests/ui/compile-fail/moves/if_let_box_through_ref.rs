//@ compile-fail
// `if let Some(b) = n.next` through `&Node` moves the Box out of a borrow.
struct Node {
    next: Option<Box<Node>>,
    v: i32,
}

fn second(n: &Node) -> i32 {
    if let Some(b) = n.next { b.v } else { 0 } //~ ERROR E0507
}

fn main() {
    let n = Node { next: Some(Box::new(Node { next: None, v: 2 })), v: 1 };
    println!("{} {}", n.v, second(&n));
}

//@ compile-fail
// Reading `.value` directly on the Option<Box<Node>> head, as if it were the node.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

fn main() {
    let l = List { head: Some(Box::new(Node { value: 3, next: None })) };
    println!("{}", l.head.value); //~ ERROR E0609
}

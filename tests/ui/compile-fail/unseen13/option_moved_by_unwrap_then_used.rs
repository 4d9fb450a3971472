//@ compile-fail
// An Option<Box<_>> field is unwrapped (moved) and then read again.
struct Node {
    next: Option<Box<Node>>,
    v: i32,
}

fn main() {
    let n = Node { next: Some(Box::new(Node { next: None, v: 2 })), v: 1 };
    let next = n.next.unwrap();
    println!("{} {}", next.v, n.next.is_some()); //~ ERROR E0382
}

//@ compile-fail
// Reversing a list by moving `node.next` out and then reading it again from the node.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut prev = None;
    while let Some(mut node) = head {
        let rest = node.next;
        node.next = prev;
        println!("moving {} (had next: {})", node.value, rest.is_some());
        prev = Some(node);
        head = rest;
    }
    prev
}

fn main() {
    let mut n = Box::new(Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) });
    let rest = n.next;
    println!("{}", n.next.is_some()); //~ ERROR E0382
    let r = reverse(Some(n));
    println!("{} {}", r.map_or(0, |n| n.value), rest.is_some());
}

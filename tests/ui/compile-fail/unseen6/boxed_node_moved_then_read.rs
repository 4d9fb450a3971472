//@ compile-fail
// A Box is moved to another binding, then read through the old one.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let head = Box::new(Node { value: 1, next: None });
    let list = Node { value: 0, next: Some(head) };
    println!("{} then {}", list.value, head.value); //~ ERROR E0382
}

//@ compile-fail
// `Option::take` needs `&mut`, but the list is only borrowed shared.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn pop_front(head: &Option<Box<Node>>) -> Option<i32> {
    let first = head.take(); //~ ERROR E0596
    first.map(|n| n.value)
}

fn main() {
    let list = Some(Box::new(Node { value: 1, next: None }));
    println!("{:?}", pop_front(&list));
    println!("{}", list.is_some());
}

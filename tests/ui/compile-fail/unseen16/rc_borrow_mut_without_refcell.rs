//@ compile-fail
// Calling borrow_mut() on an Rc<Node> that has no RefCell inside.
use std::rc::Rc;

struct Node {
    value: i32,
    next: Option<Rc<Node>>,
}

fn main() {
    let tail = Rc::new(Node { value: 2, next: None });
    let head = Node { value: 1, next: Some(Rc::clone(&tail)) };
    tail.borrow_mut().value = 20; //~ ERROR E0599
    println!("{} {}", head.value, tail.value);
}

//@ compile-fail
// Assigning to a field of a node shared through Rc, without interior mutability.
use std::rc::Rc;

struct Node {
    value: i32,
    parent: Option<Rc<Node>>,
}

fn main() {
    let root = Rc::new(Node { value: 0, parent: None });
    let child = Node { value: 1, parent: Some(Rc::clone(&root)) };
    root.value = 10; //~ ERROR E0594
    println!("{} {}", child.value, child.parent.map_or(-1, |p| p.value));
}

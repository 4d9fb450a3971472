//@ compile-fail
// Assigning a Box<Node> to a head of type Option<Box<Node>> without wrapping it in Some.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn push(&mut self, value: i32) {
        self.head = Box::new(Node { value, next: self.head.take() }); //~ ERROR E0308
    }
}

fn main() {
    let mut s = Stack { head: None };
    s.push(1);
    println!("{}", s.head.is_some());
}

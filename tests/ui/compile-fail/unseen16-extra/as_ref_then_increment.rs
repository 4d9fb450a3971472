//@ compile-fail
// Incrementing a node's value through `as_ref()`, which gives a shared reference.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn bump_top(&mut self) {
        if let Some(node) = self.head.as_ref() {
            node.value += 1; //~ ERROR E0594
        }
    }
}

fn main() {
    let mut s = Stack { head: Some(Box::new(Node { value: 1, next: None })) };
    s.bump_top();
    println!("{}", s.head.unwrap().value);
}

//@ compile-fail
// pop() declared with `&self` calls `take()` on the head, which needs a mutable place.
struct Node {
    value: u8,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn pop(&self) -> Option<u8> {
        let node = self.head.take()?; //~ ERROR E0596
        Some(node.value)
    }
}

fn main() {
    let s = Stack { head: Some(Box::new(Node { value: 7, next: None })) };
    println!("{:?}", s.pop());
}

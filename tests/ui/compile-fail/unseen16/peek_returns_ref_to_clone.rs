//@ compile-fail
// peek() clones the head node and returns a reference into the clone, a local of the function.
#[derive(Clone)]
struct Node {
    value: String,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn peek(&self) -> Option<&String> {
        let top = self.head.clone()?;
        Some(&top.value) //~ ERROR E0515
    }
}

fn main() {
    let s = Stack { head: Some(Box::new(Node { value: "a".into(), next: None })) };
    println!("{:?}", s.peek());
}

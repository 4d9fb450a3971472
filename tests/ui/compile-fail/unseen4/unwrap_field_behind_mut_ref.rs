//@ compile-fail
// Calling unwrap on an Option<Box<..>> field through &mut self moves it out of the borrow.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn pop(&mut self) -> i32 {
        let node = self.head.unwrap(); //~ ERROR E0507
        self.head = node.next;
        node.value
    }
}

fn main() {
    let mut s = Stack { head: Some(Box::new(Node { value: 1, next: None })) };
    println!("{}", s.pop());
}

//@ compile-fail
// pop() written C-style: matching on self.head by value moves the Box out of a field behind &mut self.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn pop(&mut self) -> Option<i32> {
        match self.head { //~ ERROR E0507
            Some(node) => {
                self.head = node.next;
                Some(node.value)
            }
            None => None,
        }
    }
}

fn main() {
    let mut s = Stack { head: Some(Box::new(Node { value: 1, next: None })) };
    println!("{:?}", s.pop());
}

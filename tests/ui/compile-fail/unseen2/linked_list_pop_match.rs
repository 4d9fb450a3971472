//@ compile-fail
// Matching `self.head` by value in a `&mut self` method moves the box out of a borrow.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn pop(&mut self) -> Option<i32> {
        match self.head { //~ ERROR E0507
            Some(node) => {
                self.head = node.next;
                Some(node.val)
            }
            None => None,
        }
    }
}

fn main() {
    let mut l = List { head: Some(Box::new(Node { val: 1, next: None })) };
    println!("{:?}", l.pop());
}

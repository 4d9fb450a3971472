// Popping from a singly linked list with Option::take on the head while holding &mut self.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn push(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|n| {
            self.head = n.next;
            n.val
        })
    }
}

fn main() {
    let mut s = Stack { head: None };
    for i in 1..=3 {
        s.push(i);
    }
    println!("{:?} {:?} {:?} {:?}", s.pop(), s.pop(), s.pop(), s.pop());
}

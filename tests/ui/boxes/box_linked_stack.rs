// A singly linked stack with push/pop on Option<Box<Node>>.
struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, elem: i32) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.elem
        })
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.elem)
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=4 {
        s.push(i * i);
    }
    println!("{:?} {}", s.peek(), s.len);
    while let Some(x) = s.pop() {
        print!("{x} ");
    }
    println!();
    println!("{:?} {}", s.peek(), s.len);
}

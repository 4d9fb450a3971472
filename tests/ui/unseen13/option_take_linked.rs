// Option::take moves a boxed node out of a field, leaving None, to pop from a singly linked stack.
struct Node {
    value: i32,
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
    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.value)
    }
    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.value)
    }
}

fn main() {
    let mut s = Stack::new();
    for v in [10, 20, 30, 40] {
        s.push(v);
    }
    println!("len {} top {:?}", s.len, s.peek());
    if let Some(top) = s.peek_mut() {
        *top += 1;
    }
    println!("pop {:?}", s.pop());
    println!("pop {:?}", s.pop());
    s.push(7);
    let mut rest = Vec::new();
    while let Some(v) = s.pop() {
        rest.push(v);
    }
    println!("rest {:?} len {}", rest, s.len);
    println!("empty pop {:?}", s.pop());
}

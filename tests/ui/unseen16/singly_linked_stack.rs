// A singly linked stack of i32 on Option<Box<Node>>: push, pop, peek, peek_mut, reverse, iter, len.
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
        self.head.as_ref().map(|node| &node.value)
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|node| &mut node.value)
    }

    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn iter(&self) -> Iter<'_> {
        Iter { next: self.head.as_deref() }
    }
}

struct Iter<'a> {
    next: Option<&'a Node>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.value
        })
    }
}

fn show(label: &str, s: &Stack) {
    let items: Vec<String> = s.iter().map(|v| v.to_string()).collect();
    println!("{}: [{}] len={}", label, items.join(", "), s.len);
}

fn main() {
    let mut s = Stack::new();
    println!("empty peek: {:?}", s.peek());
    for i in 1..=5 {
        s.push(i * 10);
    }
    show("pushed", &s);
    if let Some(top) = s.peek_mut() {
        *top += 1;
    }
    println!("peek after peek_mut: {:?}", s.peek());
    s.reverse();
    show("reversed", &s);
    println!("pop: {:?}", s.pop());
    println!("pop: {:?}", s.pop());
    show("after pops", &s);
    let total: i32 = s.iter().sum();
    println!("sum = {}", total);
    while let Some(v) = s.pop() {
        print!("{} ", v);
    }
    println!();
    println!("final pop: {:?}, len={}", s.pop(), s.len);
}

// A singly linked list in Option<Box<Node>>: push, reverse in place, and sum by iteration.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }

    fn push_front(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
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

    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::with_capacity(self.len);
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.val);
            cur = &node.next;
        }
        out
    }

    fn pop_front(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.val
        })
    }
}

fn main() {
    let mut l = List::new();
    for v in [4, 8, 15, 16, 23, 42] {
        l.push_front(v);
    }
    println!("{:?}", l.to_vec());
    l.reverse();
    println!("{:?}", l.to_vec());
    println!("popped {:?} {:?}", l.pop_front(), l.pop_front());
    println!("len {} sum {}", l.len, l.to_vec().iter().sum::<i32>());
    let mut small = List::new();
    small.push_front(1);
    println!("{:?}", small.head);
}

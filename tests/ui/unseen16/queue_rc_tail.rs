// A linked FIFO queue keeping Rc<RefCell<Node>> head and tail pointers, with strong counts shown as it grows and drains.
use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<QNode>>>;

struct QNode {
    item: u32,
    next: Link,
}

struct Queue {
    head: Link,
    tail: Link,
    len: usize,
}

impl Queue {
    fn new() -> Self {
        Queue { head: None, tail: None, len: 0 }
    }

    fn enqueue(&mut self, item: u32) {
        let node = Rc::new(RefCell::new(QNode { item, next: None }));
        if let Some(t) = self.tail.take() {
            t.borrow_mut().next = Some(Rc::clone(&node));
        } else {
            self.head = Some(Rc::clone(&node));
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn dequeue(&mut self) -> Option<u32> {
        let h = self.head.take()?;
        match h.borrow_mut().next.take() {
            Some(n) => self.head = Some(n),
            None => self.tail = None,
        }
        self.len -= 1;
        let item = h.borrow().item;
        Some(item)
    }

    fn peek_tail(&self) -> Option<u32> {
        self.tail.as_ref().map(|t| t.borrow().item)
    }

    fn counts(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(n) = cur {
            out.push(Rc::strong_count(&n) - 1);
            cur = n.borrow().next.clone();
        }
        out
    }
}

fn main() {
    let mut q = Queue::new();
    for i in 1..=4 {
        q.enqueue(i * 11);
    }
    println!("len {} tail {:?} counts {:?}", q.len, q.peek_tail(), q.counts());
    println!("dequeue {:?}", q.dequeue());
    println!("dequeue {:?}", q.dequeue());
    q.enqueue(99);
    println!("len {} tail {:?} counts {:?}", q.len, q.peek_tail(), q.counts());
    let mut drained = vec![];
    while let Some(x) = q.dequeue() {
        drained.push(x);
    }
    println!("drained {:?} head none {} tail none {}", drained, q.head.is_none(), q.tail.is_none());
    q.enqueue(7);
    println!("after refill: tail {:?} len {}", q.peek_tail(), q.len);
}

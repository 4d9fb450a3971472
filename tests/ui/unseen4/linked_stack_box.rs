// A singly linked stack with Option<Box<Node<T>>>: push/pop/peek_mut, take(), an iterator, and a non-recursive Drop.
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

pub struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T: std::fmt::Debug> List<T> {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }
    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.value)
    }
    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.value)
    }
    fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
}

struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.value
        })
    }
}

impl<T> Drop for List<T> {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        let mut freed = 0;
        while let Some(mut node) = cur {
            cur = node.next.take();
            freed += 1;
        }
        println!("list dropped, {} nodes freed", freed);
    }
}

fn main() {
    let mut list = List::new();
    for w in ["red", "green", "blue", "cyan"] {
        list.push(w.to_string());
    }
    println!("len {} peek {:?}", list.len, list.peek());
    if let Some(top) = list.peek_mut() {
        top.push_str("!!");
    }
    println!("{:?}", list.iter().collect::<Vec<_>>());
    list.reverse();
    println!("{:?}", list.iter().map(|s| s.len()).collect::<Vec<_>>());
    println!("popped {:?} {:?}", list.pop(), list.pop());
    println!("len {} total chars {}", list.len, list.iter().map(|s| s.len()).sum::<usize>());
    let mut numbers: List<u32> = List::new();
    for i in 0..1000 {
        numbers.push(i);
    }
    println!("sum {}", numbers.iter().sum::<u32>());
}

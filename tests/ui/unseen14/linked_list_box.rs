// A singly linked list in Option<Box<Node>>: push, pop, peek_mut, reverse in place, and a borrowing iterator
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

struct Iter<'a, T> {
    cur: Option<&'a Node<T>>,
}

impl<T> List<T> {
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
    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.value)
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
    fn iter(&self) -> Iter<'_, T> {
        Iter { cur: self.head.as_deref() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.cur.map(|node| {
            self.cur = node.next.as_deref();
            &node.value
        })
    }
}

fn main() {
    let mut list = List::new();
    for w in ["red", "green", "blue", "cyan"] {
        list.push(w.to_string());
    }
    println!("len {}: {:?}", list.len, list.iter().collect::<Vec<_>>());
    if let Some(top) = list.peek_mut() {
        top.push_str("!");
    }
    list.reverse();
    println!("reversed: {:?}", list.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    println!("popped {:?}", list.pop());
    println!("total chars: {}", list.iter().map(|s| s.len()).sum::<usize>());
    while let Some(x) = list.pop() {
        println!("pop {}", x);
    }
    println!("empty: {} len {}", list.head.is_none(), list.len);
    let mut nums = List::new();
    (1..=5).for_each(|n| nums.push(n * n));
    println!("max {:?}", nums.iter().max());
}

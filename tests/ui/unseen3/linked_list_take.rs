// A singly linked stack with Option<Box<Node>>: push, pop with take(), peek_mut, reverse in place and an iterator.
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

struct List<T> {
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

    fn iter(&self) -> ListIter<'_, T> {
        ListIter { next: self.head.as_deref() }
    }
}

struct ListIter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for ListIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.value
        })
    }
}

fn main() {
    let mut list = List::new();
    for w in ["one", "two", "three", "four"] {
        list.push(w.to_string());
    }
    println!("len {} items {:?}", list.len, list.iter().collect::<Vec<_>>());
    if let Some(top) = list.peek_mut() {
        top.push_str("!!");
    }
    println!("popped {:?}", list.pop());
    list.reverse();
    println!("reversed {:?}", list.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    let total: usize = list.iter().map(|s| s.len()).sum();
    println!("total chars {total}");
    while let Some(v) = list.pop() {
        print!("{v} ");
    }
    println!("| empty {:?} len {}", list.pop(), list.len);

    let mut nums: List<i32> = List::new();
    (1..=5).for_each(|i| nums.push(i * i));
    nums.reverse();
    println!("{:?}", nums.iter().copied().collect::<Vec<i32>>());
    println!("max {:?}", nums.iter().max());
    println!("size {}", std::mem::size_of::<Option<Box<Node<i32>>>>());
}

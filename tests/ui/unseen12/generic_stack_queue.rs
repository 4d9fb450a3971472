// A generic Stack<T> and a two-ended Queue<T> written with impl blocks, one bounded by Display.
use std::fmt::Display;

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: Display> Stack<T> {
    fn show(&self) -> String {
        let parts: Vec<String> = self.items.iter().map(|i| i.to_string()).collect();
        format!("[{}>", parts.join(" "))
    }
}

struct Queue<T> {
    inbox: Stack<T>,
    outbox: Stack<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Stack::new(), outbox: Stack::new() }
    }
    fn enqueue(&mut self, item: T) {
        self.inbox.push(item);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn balanced(s: &str) -> bool {
    let mut st: Stack<char> = Stack::new();
    for c in s.chars() {
        match c {
            '(' | '[' => st.push(c),
            ')' => if st.pop() != Some('(') { return false; },
            ']' => if st.pop() != Some('[') { return false; },
            _ => {}
        }
    }
    st.is_empty()
}

fn main() {
    let mut s = Stack::new();
    for n in [3, 1, 4, 1, 5] {
        s.push(n);
    }
    println!("{} len {} top {:?}", s.show(), s.len(), s.peek());
    s.pop();
    s.pop();
    println!("{}", s.show());

    let mut words: Stack<String> = Stack::new();
    words.push(String::from("alpha"));
    words.push(String::from("beta"));
    if let Some(top) = words.peek() {
        println!("top word has {} letters", top.len());
    }
    println!("{}", words.show());

    let mut q = Queue::new();
    q.enqueue("a");
    q.enqueue("b");
    println!("{:?}", q.dequeue());
    q.enqueue("c");
    q.enqueue("d");
    println!("len {}", q.len());
    let mut out = Vec::new();
    while let Some(x) = q.dequeue() {
        out.push(x);
    }
    println!("{:?} then {:?}", out, q.dequeue());
    for text in ["(a[b]c)", "([)]", "((", ""] {
        println!("{:?} balanced: {}", text, balanced(text));
    }
}

// Chapter 8/10: a generic Stack<T> with Option returns, and a queue built from two stacks.
#[derive(Debug, Default)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
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

struct Queue<T> {
    inbox: Stack<T>,
    outbox: Stack<T>,
}

impl<T: std::fmt::Debug> Queue<T> {
    fn enqueue(&mut self, x: T) {
        self.inbox.push(x);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
}

fn balanced(s: &str) -> bool {
    let mut st = Stack::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => st.push(c),
            ')' => if st.pop() != Some('(') { return false; },
            ']' => if st.pop() != Some('[') { return false; },
            '}' => if st.pop() != Some('{') { return false; },
            _ => {}
        }
    }
    st.is_empty()
}

fn main() {
    let mut s: Stack<String> = Stack::new();
    s.push("a".to_string());
    s.push("b".to_string());
    println!("{:?} {} {:?}", s.peek(), s.len(), s);
    println!("{:?} {:?} {:?}", s.pop(), s.pop(), s.pop());
    let mut q = Queue { inbox: Stack::new(), outbox: Stack::new() };
    for i in 1..=3 { q.enqueue(i); }
    print!("{:?} ", q.dequeue());
    q.enqueue(4);
    while let Some(x) = q.dequeue() { print!("{x} "); }
    println!();
    for t in ["([]{})", "([)]", "((", ""] { println!("{t:?} {}", balanced(t)); }
    let d: Stack<u8> = Stack::default();
    println!("{:?}", d);
}

// Generic Stack<T> and Queue<T> (two stacks) with Option results, a trait shared by both
trait Container<T> {
    fn put(&mut self, item: T);
    fn take(&mut self) -> Option<T>;
    fn size(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.size() == 0
    }
    fn drain_all(&mut self) -> Vec<T> {
        let mut out = Vec::new();
        while let Some(x) = self.take() {
            out.push(x);
        }
        out
    }
}

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }
}

impl<T> Container<T> for Stack<T> {
    fn put(&mut self, item: T) {
        self.items.push(item);
    }
    fn take(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

impl<T> Container<T> for Queue<T> {
    fn put(&mut self, item: T) {
        self.inbox.push(item);
    }
    fn take(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
    fn size(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn fill<C: Container<String>>(c: &mut C, words: &[&str]) {
    for w in words {
        c.put(w.to_string());
    }
}

fn main() {
    let words = ["one", "two", "three", "four"];
    let mut s = Stack::new();
    let mut q = Queue::new();
    fill(&mut s, &words);
    fill(&mut q, &words);
    println!("stack peek: {:?}, size {}", s.peek(), s.size());
    println!("queue first: {:?}", q.take());
    q.put(String::from("five"));
    println!("stack: {:?}", s.drain_all());
    println!("queue: {:?}", q.drain_all());
    println!("empty: {} {}", s.is_empty(), q.is_empty());
    let mut nums: Stack<(i32, char)> = Stack::new();
    nums.put((1, 'a'));
    nums.put((2, 'b'));
    println!("{:?}", nums);
}

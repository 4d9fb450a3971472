// A generic FIFO queue built from two Vec stacks, with an amortised transfer, peek, and an Iterator impl.
#[derive(Debug)]
struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
    transfers: usize,
}

impl<T: std::fmt::Debug> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new(), transfers: 0 }
    }

    fn enqueue(&mut self, item: T) {
        self.inbox.push(item);
    }

    fn shift(&mut self) {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
                self.transfers += 1;
            }
        }
    }

    fn dequeue(&mut self) -> Option<T> {
        self.shift();
        self.outbox.pop()
    }

    fn peek(&mut self) -> Option<&T> {
        self.shift();
        self.outbox.last()
    }

    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

impl<T: std::fmt::Debug> Iterator for Queue<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.dequeue()
    }
}

fn main() {
    let mut q: Queue<String> = Queue::new();
    for word in "alpha beta gamma".split(' ') {
        q.enqueue(word.to_string());
    }
    let len = q.len();
    println!("peek {:?}, len {}", q.peek(), len);
    println!("got {:?}", q.dequeue());
    q.enqueue("delta".to_string());
    if let Some(front) = q.peek() {
        println!("front is {} ({} chars)", front, front.len());
    }
    println!("inbox {:?} outbox {:?}", q.inbox, q.outbox);
    let rest: Vec<String> = q.by_ref().collect();
    println!("rest {:?}, transfers {}", rest, q.transfers);
    println!("empty: {:?} {}", q.dequeue(), q.len());

    let mut numbers = Queue::new();
    for i in 1..=6 {
        numbers.enqueue(i * i);
        if i % 2 == 0 {
            let out = numbers.dequeue().unwrap();
            println!("after {} out {}", i, out);
        }
    }
    let total: i32 = numbers.sum();
    println!("remaining sum {}", total);
}

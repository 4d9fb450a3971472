// A FIFO queue built from two Vec stacks, as in an algorithms course, with amortised transfers counted.
#[derive(Debug, Default)]
struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
    transfers: usize,
}

impl<T: Clone + std::fmt::Debug> Queue<T> {
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

    fn to_vec(&self) -> Vec<T> {
        let mut v: Vec<T> = self.outbox.iter().rev().cloned().collect();
        v.extend(self.inbox.iter().cloned());
        v
    }
}

fn main() {
    let mut q: Queue<&str> = Queue::new();
    for job in ["print", "scan", "fax"] {
        q.enqueue(job);
    }
    println!("queue: {:?} (len {})", q.to_vec(), q.len());
    println!("peek: {:?}", q.peek());
    println!("dequeue: {:?}", q.dequeue());
    q.enqueue("copy");
    q.enqueue("staple");
    println!("queue: {:?}", q.to_vec());
    while let Some(job) = q.dequeue() {
        println!("  doing {}", job);
    }
    println!("transfers: {}", q.transfers);

    let mut nums: Queue<u64> = Queue::default();
    let mut sum = 0;
    for round in 0..4u64 {
        for k in 0..3 {
            nums.enqueue(round * 10 + k);
        }
        if let Some(x) = nums.dequeue() {
            sum += x;
        }
    }
    println!("left: {:?}, sum of dequeued = {}, transfers = {}", nums.to_vec(), sum, nums.transfers);
    println!("{:?}", nums);
}

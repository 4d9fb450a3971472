//@ compile-fail
// A `&mut self` peek() and a `&self` len() used as two arguments of one println!.
struct Queue {
    inbox: Vec<i32>,
    outbox: Vec<i32>,
}

impl Queue {
    fn peek(&mut self) -> Option<&i32> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.last()
    }

    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn main() {
    let mut q = Queue { inbox: vec![1, 2, 3], outbox: Vec::new() };
    println!("peek {:?}, len {}", q.peek(), q.len()); //~ ERROR E0502
}

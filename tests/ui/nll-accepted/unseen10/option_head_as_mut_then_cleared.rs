// The head of a linked queue is changed through as_mut(), then the head field is overwritten.
#[derive(Debug)]
struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

struct Queue {
    head: Option<Box<Node>>,
    len: usize,
}

impl Queue {
    fn bump_then_reset(&mut self) -> u32 {
        let mut seen = 0;
        if let Some(h) = self.head.as_mut() {
            h.val += 1;
            seen = h.val;
        }
        self.head = None;
        self.len = 0;
        seen
    }
}

fn main() {
    let mut q = Queue { head: Some(Box::new(Node { val: 4, next: Some(Box::new(Node { val: 9, next: None })) })), len: 2 };
    let v = q.bump_then_reset();
    println!("{} {:?} {}", v, q.head, q.len);
}

// The shared method's result is a plain usize, so the `&mut self` method may follow it in one println!.
struct Queue {
    items: Vec<i32>,
}

impl Queue {
    fn peek(&mut self) -> Option<&i32> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut q = Queue { items: vec![1, 2, 3] };
    println!("len {}, peek {:?}", q.len(), q.peek());
    let p = q.peek();
    let r = &p;
    println!("{:?}", r);
    println!("len {}", q.len());
}

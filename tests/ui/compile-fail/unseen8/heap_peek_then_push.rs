//@ compile-fail
// The cheapest task is peeked, then a new task is pushed while the peeked reference is still printed.
struct MinHeap {
    data: Vec<u32>,
}

impl MinHeap {
    fn peek(&self) -> Option<&u32> {
        self.data.first()
    }
    fn push(&mut self, x: u32) {
        self.data.push(x);
    }
}

fn main() {
    let mut heap = MinHeap { data: vec![1, 5, 3] };
    let top = heap.peek();
    heap.push(0); //~ ERROR E0502
    println!("top was {:?}", top);
}

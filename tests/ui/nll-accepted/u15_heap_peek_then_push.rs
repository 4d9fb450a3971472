// Dijkstra-style heap: a peeked value is copied out by the pattern, then the heap is pushed and popped (NLL)
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(Reverse(5u32));
    heap.push(Reverse(2));
    let mut seen = Vec::new();
    while seen.len() < 6 {
        if let Some(&Reverse(d)) = heap.peek() {
            heap.pop();
            seen.push(d);
            heap.push(Reverse(d + 3));
        }
    }
    println!("{:?}", seen);
}

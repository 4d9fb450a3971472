// BinaryHeap::new and with_capacity ask nothing of the element type: a heap of f64 can be made, only push needs Ord.
use std::collections::BinaryHeap;

fn main() {
    let empty: BinaryHeap<f64> = BinaryHeap::new();
    let sized: BinaryHeap<f64> = BinaryHeap::with_capacity(4);
    let ints: BinaryHeap<u8> = BinaryHeap::default();
    println!("{} {} {} {}", empty.len(), sized.capacity(), empty.peek().is_none(), ints.is_empty());
}

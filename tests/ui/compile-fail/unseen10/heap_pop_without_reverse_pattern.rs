//@ compile-fail
// A min-heap holds Reverse((price, shop)) but pop is matched as a plain tuple.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((120u32, 0usize)));
    heap.push(Reverse((99, 1)));
    while let Some((price, shop)) = heap.pop() { //~ ERROR E0308
        println!("{} from {}", price, shop);
    }
}

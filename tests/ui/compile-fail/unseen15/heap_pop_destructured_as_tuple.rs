//@ compile-fail
// the Option returned by BinaryHeap::pop is destructured as the tuple inside it
use std::collections::BinaryHeap;
use std::cmp::Reverse;

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0u32, 0usize)));
    let Reverse((cost, node)) = heap.pop(); //~ ERROR E0308
    println!("{cost} {node}");
}

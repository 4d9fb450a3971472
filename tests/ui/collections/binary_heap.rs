// BinaryHeap pops the largest first; Reverse turns it into a min-heap.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        h.push(x);
    }
    println!("{:?} {}", h.peek(), h.len());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("{out:?}");
    let mut m: BinaryHeap<Reverse<u32>> = [4, 2, 7].into_iter().map(Reverse).collect();
    m.push(Reverse(1));
    println!("{:?}", m.pop().map(|Reverse(x)| x));
    println!("{:?}", m.into_sorted_vec().into_iter().map(|r| r.0).collect::<Vec<_>>());
}

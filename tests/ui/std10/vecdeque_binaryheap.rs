// VecDeque and BinaryHeap
use std::collections::{BinaryHeap, VecDeque};
use std::cmp::Reverse;
fn main() {
    let mut q = VecDeque::new();
    q.push_back(1); q.push_back(2); q.push_front(0);
    println!("{:?} {:?} {:?}", q, q.front(), q.back());
    while let Some(x) = q.pop_front() { print!("{x} "); }
    println!();
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] { h.push(x); }
    println!("{:?}", h.peek());
    let mut out = vec![];
    while let Some(x) = h.pop() { out.push(x); }
    println!("{:?}", out);
    let mut mh = BinaryHeap::new();
    for (d, n) in [(4, "d"), (1, "a"), (3, "c")] { mh.push(Reverse((d, n))); }
    while let Some(Reverse((d, n))) = mh.pop() { println!("{d} {n}"); }
}

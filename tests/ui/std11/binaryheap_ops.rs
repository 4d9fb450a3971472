// BinaryHeap: max-heap, Reverse for min-heap, peek, into_sorted_vec, into_vec length, tuples for priorities.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
    }
    println!("peek {:?} len {}", heap.peek(), heap.len());
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    println!("{:?}", out);
    let mut min_heap = BinaryHeap::new();
    for x in [5, 1, 8, 3] {
        min_heap.push(Reverse(x));
    }
    println!("{:?}", min_heap.peek());
    if let Some(Reverse(smallest)) = min_heap.pop() {
        println!("smallest {}", smallest);
    }
    println!("{:?}", min_heap.into_sorted_vec());
    let tasks: BinaryHeap<(u32, &str)> = vec![(2, "write"), (9, "fix bug"), (5, "review")].into_iter().collect();
    println!("{:?}", tasks.into_sorted_vec());
    let mut h: BinaryHeap<i32> = BinaryHeap::from(vec![4, 7, 1]);
    h.extend(vec![10, 0]);
    println!("{} {:?}", h.len(), h.peek());
    let v = h.clone().into_vec();
    println!("{}", v.len());
    let sorted: Vec<i32> = h.into_sorted_vec();
    println!("{:?}", sorted);
    let mut jobs: BinaryHeap<Reverse<(u64, String)>> = BinaryHeap::new();
    jobs.push(Reverse((30, "c".to_string())));
    jobs.push(Reverse((10, "a".to_string())));
    jobs.push(Reverse((20, "b".to_string())));
    while let Some(Reverse((t, name))) = jobs.pop() {
        print!("{}@{} ", name, t);
    }
    println!();
    let mut k = BinaryHeap::with_capacity(4);
    for x in [3.5f64, 1.0, 2.25].map(|f| (f * 100.0) as i64) {
        k.push(x);
    }
    println!("{:?} {}", k.peek(), k.is_empty());
    k.clear();
    println!("{} {:?}", k.is_empty(), k.pop());
    let top3: Vec<u32> = {
        let mut h: BinaryHeap<u32> = [4, 12, 7, 19, 3, 11].into_iter().collect();
        (0..3).filter_map(|_| h.pop()).collect()
    };
    println!("{:?}", top3);
}

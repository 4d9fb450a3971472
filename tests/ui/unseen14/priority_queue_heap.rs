// A priority queue of jobs with BinaryHeap: a hand-written Ord, Reverse for a min-heap, peek and pop order
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    priority: u32,
    name: String,
    seq: u32,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    let incoming = [(2, "backup"), (9, "outage"), (5, "deploy"), (9, "pager"), (1, "cleanup"), (5, "review")];
    for (seq, (priority, name)) in incoming.iter().enumerate() {
        heap.push(Job { priority: *priority, name: name.to_string(), seq: seq as u32 });
    }
    println!("queued: {}", heap.len());
    if let Some(top) = heap.peek() {
        println!("next up: {} (p{})", top.name, top.priority);
    }
    while let Some(job) = heap.pop() {
        println!("run {:<8} p{} #{}", job.name, job.priority, job.seq);
        if job.name == "deploy" {
            heap.push(Job { priority: 3, name: String::from("verify"), seq: 100 });
        }
    }

    let mut mins = BinaryHeap::new();
    for x in [42, 7, 19, 3, 88, 7] {
        mins.push(Reverse(x));
    }
    let mut order = Vec::new();
    while let Some(Reverse(x)) = mins.pop() {
        order.push(x);
    }
    println!("ascending: {:?}", order);

    let heap2: BinaryHeap<i32> = vec![4, 1, 8, 3].into_iter().collect();
    let sorted = heap2.into_sorted_vec();
    println!("sorted vec: {:?}", sorted);
}

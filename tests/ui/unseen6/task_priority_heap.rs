// A task scheduler on BinaryHeap: derived Ord on a struct, Reverse for a min-heap, into_sorted_vec.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: u8,
    name: String,
}

fn main() {
    let mut heap = BinaryHeap::new();
    let raw = [(2, "write report"), (5, "fix outage"), (1, "water plants"), (5, "call client"), (3, "review PR")];
    for (priority, name) in raw {
        heap.push(Task { priority, name: name.to_string() });
    }
    println!("{} tasks, most urgent: {:?}", heap.len(), heap.peek().map(|t| &t.name));
    let mut done = Vec::new();
    while let Some(task) = heap.pop() {
        if task.priority < 2 {
            println!("postponing {:?}", task.name);
            heap.push(task);
            break;
        }
        println!("doing [{}] {}", task.priority, task.name);
        done.push(task.name);
    }
    println!("done: {}", done.join("; "));
    println!("left: {:?}", heap.into_sorted_vec());

    let mut deadlines: BinaryHeap<Reverse<(u32, &str)>> = BinaryHeap::new();
    deadlines.push(Reverse((17, "taxes")));
    deadlines.push(Reverse((3, "rent")));
    deadlines.push(Reverse((9, "gym")));
    deadlines.push(Reverse((3, "phone")));
    let mut order = Vec::new();
    while let Some(Reverse((day, what))) = deadlines.pop() {
        order.push(format!("{}@{}", what, day));
    }
    println!("{}", order.join(" < "));

    let numbers = vec![8, 3, 11, 6, 1, 9];
    let mut top3: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
    for n in numbers {
        top3.push(Reverse(n));
        if top3.len() > 3 {
            top3.pop();
        }
    }
    let mut best: Vec<i32> = top3.into_iter().map(|Reverse(n)| n).collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    println!("three largest: {:?}", best);
}

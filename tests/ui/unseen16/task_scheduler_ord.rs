// A task scheduler on std's BinaryHeap with a hand-written Ord (priority, then earliest id), Display for tasks, and aging.
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u8,
    id: u32,
    name: String,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:<2} {:<10} p{}", self.id, self.name, self.priority)
    }
}

struct Scheduler {
    heap: BinaryHeap<Task>,
    next_id: u32,
}

impl Scheduler {
    fn new() -> Self {
        Scheduler { heap: BinaryHeap::new(), next_id: 1 }
    }

    fn submit(&mut self, name: &str, priority: u8) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.heap.push(Task { priority, id, name: name.to_string() });
        id
    }

    fn age(&mut self) {
        let tasks = std::mem::take(&mut self.heap).into_vec();
        self.heap = tasks
            .into_iter()
            .map(|mut t| {
                t.priority = t.priority.saturating_add(1);
                t
            })
            .collect();
    }

    fn run(&mut self, n: usize) -> Vec<Task> {
        let mut done = Vec::new();
        for _ in 0..n {
            match self.heap.pop() {
                Some(t) => done.push(t),
                None => break,
            }
        }
        done
    }
}

fn main() {
    let mut s = Scheduler::new();
    s.submit("backup", 2);
    s.submit("email", 5);
    s.submit("compile", 5);
    s.submit("index", 1);
    s.submit("alert", 9);
    println!("next up: {}", s.heap.peek().unwrap());
    for t in s.run(2) {
        println!("ran {}", t);
    }
    s.age();
    s.submit("report", 3);
    s.submit("max", 255);
    s.age();
    let rest = s.run(10);
    for t in &rest {
        println!("ran {}", t);
    }
    println!("left {} next_id {}", s.heap.len(), s.next_id);
    let mut sorted = rest;
    sorted.sort();
    println!("{:?}", sorted.iter().map(|t| t.id).collect::<Vec<_>>());
}

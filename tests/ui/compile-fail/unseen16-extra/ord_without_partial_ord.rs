//@ compile-fail
// A task type implementing Ord by hand for a BinaryHeap, without PartialEq, Eq or PartialOrd.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

struct Task {
    priority: u32,
    name: String,
}

impl Ord for Task { //~ ERROR E0277
    fn cmp(&self, other: &Self) -> Ordering { //~^ ERROR E0277
        self.priority.cmp(&other.priority)
    }
}

fn main() {
    let mut h = BinaryHeap::new();
    h.push(Task { priority: 1, name: "a".into() });
    println!("{}", h.peek().unwrap().name);
}

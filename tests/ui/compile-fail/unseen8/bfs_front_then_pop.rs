//@ compile-fail
// BFS keeps a reference to the queue's front square and pops it before using the reference.
use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
    queue.push_back((0, 0));
    queue.push_back((1, 2));
    let current = queue.front().unwrap();
    queue.pop_front(); //~ ERROR E0502
    println!("visiting {:?}", current);
}

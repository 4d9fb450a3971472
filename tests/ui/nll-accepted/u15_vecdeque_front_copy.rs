// a BFS peeks at the queue front, copies it, then pops and pushes (the peek's borrow is over)
use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<(u32, u32)> = VecDeque::new();
    queue.push_back((1, 0));
    let mut order = Vec::new();
    while order.len() < 8 {
        let &(node, depth) = queue.front().unwrap();
        queue.pop_front();
        order.push((node, depth));
        queue.push_back((node * 2, depth + 1));
        queue.push_back((node * 2 + 1, depth + 1));
    }
    println!("{:?} remaining {}", order, queue.len());
}

//@ compile-fail
// a BFS queue on VecDeque called with Vec's push
use std::collections::VecDeque;

fn main() {
    let mut queue = VecDeque::new();
    queue.push((0usize, 0usize)); //~ ERROR E0599
    while let Some((x, y)) = queue.pop_front() {
        println!("{x} {y}");
    }
}

// Draining a VecDeque past its end panics inside std, with the slice range message.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<u8> = VecDeque::with_capacity(8);
    q.extend([1, 2, 3]);
    q.push_front(0);
    let firsts: Vec<u8> = q.drain(..2).collect();
    println!("{firsts:?} {q:?}");
    let end = q.len() + 2;
    let rest: Vec<u8> = q.drain(1..end).collect();
    println!("{rest:?}");
}

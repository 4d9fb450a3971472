//@ compile-fail
// The snake's head is borrowed from the VecDeque, a new segment is pushed, and the old head is printed.
use std::collections::VecDeque;

fn main() {
    let mut body: VecDeque<(i32, i32)> = VecDeque::new();
    body.push_back((2, 2));
    body.push_back((1, 2));
    let head = body.front().unwrap();
    body.push_front((head.0 + 1, head.1)); //~ ERROR E0502
    println!("old head {:?}, length {}", head, body.len());
}

//@ compile-fail
// A reference from `front()` keeps the deque borrowed: pushing while it is alive is rejected.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::from(vec![1, 2, 3]);
    let first = q.front().unwrap();
    q.push_back(4); //~ ERROR E0502
    println!("{first}");
}

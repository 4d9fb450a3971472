//@ compile-fail
// Two mutable borrows of the same deque through `front_mut` and `back_mut`.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<String> = VecDeque::new();
    q.push_back(String::from("a"));
    q.push_back(String::from("b"));
    let f = q.front_mut().unwrap();
    let b = q.back_mut().unwrap(); //~ ERROR E0499
    f.push('!');
    b.push('?');
    println!("{q:?}");
}

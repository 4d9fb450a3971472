//@ compile-fail
// a priority queue imported under a name std does not have
use std::collections::PriorityQueue; //~ ERROR E0432

fn main() {
    let mut q = PriorityQueue::new();
    q.push(3);
    println!("{:?}", q.pop());
}

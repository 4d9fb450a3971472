//@ compile-fail
// Pushing to a VecDeque while iterating over it.
use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<u32> = VecDeque::new();
    queue.push_back(1);
    queue.push_back(2);
    for job in queue.iter() {
        if *job % 2 == 0 {
            queue.push_back(*job + 10); //~ ERROR E0502
        }
    }
    println!("{:?}", queue);
}

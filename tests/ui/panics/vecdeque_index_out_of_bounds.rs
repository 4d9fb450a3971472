// Indexing a VecDeque past its length panics inside std with "Out of bounds access".
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = (1..=3).collect();
    q.pop_front();
    println!("{}", q[1]);
    let i = q.len() + 1;
    println!("{}", q[i]);
}

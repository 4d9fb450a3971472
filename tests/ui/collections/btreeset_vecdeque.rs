// BTreeSet keeps items sorted; VecDeque pushes and pops at both ends.
use std::collections::{BTreeSet, VecDeque};

fn main() {
    let s: BTreeSet<char> = "mississippi".chars().collect();
    println!("{s:?}");
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{q:?}");
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    q.extend([7, 8, 9]);
    println!("{q:?} {}", q.len());
    q.rotate_left(2);
    println!("{q:?}");
    println!("{:?} {:?}", q.front(), q.back());
}

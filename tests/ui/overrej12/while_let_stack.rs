// `while let Some(x) = stack.pop()` for a depth-first walk, and a queue
use std::collections::VecDeque;
fn main() {
    let children = vec![vec![1, 2], vec![3], vec![4, 5], vec![], vec![], vec![]];
    let mut stack = vec![0usize];
    let mut order = Vec::new();
    while let Some(n) = stack.pop() {
        order.push(n);
        for &c in children[n].iter().rev() {
            stack.push(c);
        }
    }
    println!("{:?}", order);
    let mut q: VecDeque<(usize, u32)> = VecDeque::new();
    q.push_back((0, 0));
    while let Some((n, d)) = q.pop_front() {
        print!("{}@{} ", n, d);
        q.extend(children[n].iter().map(|&c| (c, d + 1)));
    }
    println!();
    let mut words = vec!["a", "bb", "ccc"];
    while let Some(w) = words.pop() && w.len() > 1 {
        println!("{}", w);
    }
    println!("{:?}", words);
}

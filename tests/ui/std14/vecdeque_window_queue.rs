// A sliding-window maximum with a VecDeque of indices (push_back/pop_back/pop_front/front/back), then extend, truncate, drain and contains.
use std::collections::VecDeque;

fn window_max(v: &[i32], k: usize) -> Vec<i32> {
    let mut dq: VecDeque<usize> = VecDeque::new();
    let mut out = Vec::new();
    for i in 0..v.len() {
        while dq.back().is_some_and(|&j| v[j] <= v[i]) { dq.pop_back(); }
        dq.push_back(i);
        if dq.front().is_some_and(|&j| j + k <= i) { dq.pop_front(); }
        if i + 1 >= k { out.push(v[*dq.front().unwrap()]); }
    }
    out
}

fn main() {
    let v = [1, 3, -1, -3, 5, 3, 6, 7];
    println!("{:?}", window_max(&v, 3));
    println!("{:?}", window_max(&v, 1));
    let mut hist: VecDeque<String> = VecDeque::with_capacity(3);
    for cmd in ["ls", "cd", "pwd", "echo", "exit"] {
        if hist.len() == 3 { hist.pop_front(); }
        hist.push_back(cmd.to_string());
    }
    println!("{:?} cap {}", hist, hist.capacity());
    println!("{} {}", hist.contains(&"pwd".to_string()), hist.iter().any(|s| s == "ls"));
    let mut d: VecDeque<i32> = (1..=5).collect();
    d.extend([6, 7, 8]);
    d.push_front(0);
    let drained: Vec<i32> = d.drain(2..5).collect();
    println!("{:?} {:?}", drained, d);
    d.truncate(4);
    println!("{:?} {:?} {:?}", d, d.get(1), d.get(9));
    d.swap(0, 3);
    let v2: Vec<i32> = d.into_iter().rev().collect();
    println!("{:?}", v2);
}

// a hand-written Ord (reversed by priority then by name) driving a BinaryHeap and sort
use std::cmp::Ordering;
use std::collections::BinaryHeap;
#[derive(Debug, PartialEq, Eq)]
struct Task {
    pri: u32,
    name: String,
}
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.pri.cmp(&other.pri).then_with(|| other.name.cmp(&self.name))
    }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
fn main() {
    let mut heap = BinaryHeap::new();
    for (p, n) in [(2, "write"), (5, "deploy"), (2, "test"), (1, "rest")] {
        heap.push(Task { pri: p, name: n.to_string() });
    }
    while let Some(t) = heap.pop() {
        println!("{} {}", t.pri, t.name);
    }
    let mut v = vec![Task { pri: 3, name: "c".into() }, Task { pri: 1, name: "a".into() }, Task { pri: 3, name: "b".into() }];
    v.sort();
    let names: Vec<&str> = v.iter().map(|t| t.name.as_str()).collect();
    println!("{:?}", names);
    println!("{:?}", v[0].cmp(&v[1]));
    println!("{}", v.iter().max().unwrap().name);
}

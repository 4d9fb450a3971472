// Counts lattice paths around blocked cells with a memo in a HashMap keyed by (row, col), using the entry API for hit counts.
use std::collections::HashMap;

struct Counter<'g> {
    blocked: &'g [(usize, usize)],
    memo: HashMap<(usize, usize), u64>,
    hits: HashMap<&'static str, u32>,
}

impl<'g> Counter<'g> {
    fn paths(&mut self, r: usize, c: usize) -> u64 {
        if self.blocked.contains(&(r, c)) {
            return 0;
        }
        if r == 0 && c == 0 {
            return 1;
        }
        if let Some(&v) = self.memo.get(&(r, c)) {
            *self.hits.entry("memo").or_insert(0) += 1;
            return v;
        }
        *self.hits.entry("computed").or_insert(0) += 1;
        let up = if r > 0 { self.paths(r - 1, c) } else { 0 };
        let left = if c > 0 { self.paths(r, c - 1) } else { 0 };
        self.memo.insert((r, c), up + left);
        up + left
    }
}

fn main() {
    let blocked = [(1, 1), (2, 3), (4, 0)];
    let mut counter = Counter { blocked: &blocked, memo: HashMap::new(), hits: HashMap::new() };
    for n in [2, 4, 6, 10] {
        let p = counter.paths(n, n);
        println!("paths to ({}, {}): {}", n, n, p);
    }
    let mut stats: Vec<(&str, u32)> = counter.hits.iter().map(|(k, v)| (*k, *v)).collect();
    stats.sort();
    println!("{:?}", stats);
    println!("memo size {}", counter.memo.len());
    let free = Counter { blocked: &[], memo: HashMap::new(), hits: HashMap::new() }.paths(16, 16);
    println!("free 16x16: {}", free);
}

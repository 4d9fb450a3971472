// HashMap entry API: or_insert, or_insert_with, and_modify, or_default, on a word count
use std::collections::HashMap;
fn main() {
    let text = "the cat and the hat and the bat";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", keys);
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split(' ') {
        by_len.entry(w.len()).or_default().push(w);
    }
    let mut lens: Vec<_> = by_len.keys().copied().collect();
    lens.sort();
    for l in lens {
        println!("{} {:?}", l, by_len[&l]);
    }
    let mut seen: HashMap<String, u32> = HashMap::new();
    for w in ["a", "b", "a"] {
        seen.entry(w.to_string()).and_modify(|c| *c += 10).or_insert_with(|| 1);
    }
    println!("{} {}", seen["a"], seen["b"]);
}

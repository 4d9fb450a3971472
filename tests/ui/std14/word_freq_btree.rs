// Word frequencies: to_lowercase, split on non-alphabetic chars, BTreeMap entry().or_insert, then a Vec sorted by (Reverse(count), word).
use std::cmp::Reverse;
use std::collections::BTreeMap;

fn main() {
    let text = "The cat and the hat. The Cat sat; a hat, a cat, and THE end!";
    let lower = text.to_lowercase();
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        *freq.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", freq);
    let mut v: Vec<(&str, usize)> = freq.iter().map(|(k, v)| (*k, *v)).collect();
    v.sort_by_key(|&(w, c)| (Reverse(c), w));
    for (w, c) in v.iter().take(4) {
        println!("{:>5} {}", w, "#".repeat(*c));
    }
    let longest = freq.keys().max_by_key(|w| w.len()).unwrap();
    let shortest = freq.keys().min_by_key(|w| w.len()).unwrap();
    println!("longest {} shortest {}", longest, shortest);
    println!("first {:?} last {:?}", freq.first_key_value(), freq.last_key_value());
    let total: usize = freq.values().sum();
    println!("total {} distinct {}", total, freq.len());
}

// The entry API inserts or updates in one borrow.
use std::collections::HashMap;

fn main() {
    let text = "a b a c b a";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {}", k, counts[k]);
    }
}

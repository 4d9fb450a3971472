// Iterating a HashMap after sorting its entries, so the output is deterministic.
use std::collections::HashMap;

fn main() {
    let text = "hello world wonderful world";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort();
    println!("{entries:?}");
    let mut by_value: Vec<(&&str, &i32)> = map.iter().collect();
    by_value.sort_by_key(|(k, v)| (std::cmp::Reverse(**v), **k));
    println!("{by_value:?}");
    let total: i32 = map.values().sum();
    println!("{total}");
}

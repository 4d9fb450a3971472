// Grouping with `entry(k).or_insert_with(Vec::new).push(x)`.
use std::collections::HashMap;

fn main() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry"];
    let mut groups: HashMap<char, Vec<&str>> = HashMap::new();
    for w in words {
        let first = w.chars().next().unwrap();
        groups.entry(first).or_insert_with(Vec::new).push(w);
    }
    let mut keys: Vec<char> = groups.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, groups[&k]);
    }
}

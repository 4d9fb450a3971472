// `entry(..).or_insert_with(Vec::new).push(..)` in a loop over borrowed words.
use std::collections::HashMap;

fn main() {
    let words = ["apple", "avocado", "banana"];
    let mut groups: HashMap<char, Vec<&str>> = HashMap::new();
    for w in words {
        groups.entry(w.chars().next().unwrap()).or_insert_with(Vec::new).push(w);
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, groups[&k]);
    }
}

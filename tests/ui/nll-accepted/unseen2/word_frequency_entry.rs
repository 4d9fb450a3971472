// Counting words with `entry`: keys borrow the text, which outlives the map.
use std::collections::HashMap;

fn main() {
    let text = String::from("the cat and the hat and the bat");
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for w in text.split_whitespace() {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = freq.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {}", k, freq[k]);
    }
}

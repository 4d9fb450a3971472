// Checking `contains_key` then inserting: the check's borrow is over.
use std::collections::HashMap;

fn main() {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let words = ["x", "y", "x", "z", "y"];
    for (i, w) in words.iter().enumerate() {
        if !seen.contains_key(*w) {
            seen.insert(w.to_string(), i);
        }
    }
    let mut pairs: Vec<_> = seen.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}

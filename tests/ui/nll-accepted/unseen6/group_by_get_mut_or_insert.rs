// NLL: `get_mut` in the match scrutinee does not keep the map borrowed in the `None` arm, so it can insert.
use std::collections::HashMap;

fn main() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
    let mut groups: HashMap<char, Vec<&str>> = HashMap::new();
    for w in words {
        let key = w.chars().next().unwrap();
        match groups.get_mut(&key) {
            Some(list) => list.push(w),
            None => {
                groups.insert(key, vec![w]);
            }
        }
    }
    let mut keys: Vec<&char> = groups.keys().collect();
    keys.sort();
    for k in keys {
        println!("{}: {:?}", k, groups[k]);
    }
}

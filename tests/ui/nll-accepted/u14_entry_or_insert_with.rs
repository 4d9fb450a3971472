// The entry API returns &mut into the map; after its last use the map is read again
use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<char, Vec<&str>> = HashMap::new();
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"] {
        let bucket = groups.entry(w.chars().next().unwrap()).or_insert_with(Vec::new);
        bucket.push(w);
        if bucket.len() > 1 {
            println!("{} now has {}", w, bucket.len());
        }
    }
    let mut keys: Vec<&char> = groups.keys().collect();
    keys.sort();
    println!("{:?} {:?}", keys, groups[&'b']);
}

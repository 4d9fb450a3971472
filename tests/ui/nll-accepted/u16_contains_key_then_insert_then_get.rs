// Get-or-insert on a chained bucket map written with contains_key, insert and get in sequence.
use std::collections::HashMap;

fn bucket<'m>(map: &'m mut HashMap<u8, Vec<String>>, key: u8) -> &'m mut Vec<String> {
    if !map.contains_key(&key) {
        map.insert(key, Vec::new());
    }
    map.get_mut(&key).unwrap()
}

fn main() {
    let mut map = HashMap::new();
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"] {
        bucket(&mut map, w.as_bytes()[0]).push(w.to_string());
    }
    let mut keys: Vec<_> = map.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k as char, map[&k]);
    }
}

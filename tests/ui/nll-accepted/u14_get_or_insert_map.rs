// Get-or-insert on a HashMap: return early from get_mut's match, insert on the other path
use std::collections::HashMap;

fn counter_for<'m>(map: &'m mut HashMap<String, u32>, key: &str) -> &'m mut u32 {
    if map.contains_key(key) {
        return map.get_mut(key).unwrap();
    }
    map.insert(key.to_string(), 0);
    map.get_mut(key).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    for w in ["a", "b", "a", "c", "a"] {
        *counter_for(&mut m, w) += 1;
    }
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}

// A match on map.get takes its None arm to insert: no borrow from get is live there.
use std::collections::HashMap;

fn lookup(cache: &mut HashMap<u32, String>, key: u32) -> String {
    match cache.get(&key) {
        Some(v) => v.clone(),
        None => {
            let v = format!("value-{}", key * key);
            cache.insert(key, v.clone());
            v
        }
    }
}

fn main() {
    let mut cache = HashMap::new();
    for k in [3, 4, 3] {
        println!("{}", lookup(&mut cache, k));
    }
    println!("{}", cache.len());
}

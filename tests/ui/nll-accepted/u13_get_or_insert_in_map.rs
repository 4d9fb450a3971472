// A lookup that inserts when the key is missing, then returns a reference into the map.
use std::collections::HashMap;

fn lookup<'a>(cache: &'a mut HashMap<u32, String>, k: u32) -> &'a String {
    if !cache.contains_key(&k) {
        cache.insert(k, format!("value {}", k * k));
    }
    &cache[&k]
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", lookup(&mut cache, 3));
    println!("{}", lookup(&mut cache, 3));
    println!("{}", lookup(&mut cache, 4));
    println!("{}", cache.len());
}

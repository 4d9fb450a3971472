//@ compile-fail
// Returning a cached value on a hit, inserting on a miss: the early return keeps the borrow alive.
use std::collections::HashMap;

fn lookup<'m>(cache: &'m mut HashMap<u32, String>, key: u32) -> &'m String {
    if let Some(v) = cache.get(&key) {
        return v;
    }
    cache.insert(key, format!("value {}", key)); //~ ERROR E0502
    cache.get(&key).unwrap()
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", lookup(&mut cache, 7));
}

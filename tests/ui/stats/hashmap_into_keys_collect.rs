// HashMap::into_keys/into_values know their exact length: collecting 7 keys allocates 7 slots (2 values: the minimum 4).
use std::collections::HashMap;

fn main() {
    let m: HashMap<u32, u64> = (0..7).map(|i| (i, i as u64 * 10)).collect();
    let mut keys: Vec<u32> = m.into_keys().collect();
    keys.sort();
    println!("{:?} cap {}", keys, keys.capacity());
    let m2: HashMap<&str, u64> = [("a", 1), ("b", 2)].into_iter().collect();
    let mut vals: Vec<u64> = m2.into_values().collect();
    vals.sort();
    println!("{:?} cap {}", vals, vals.capacity());
}

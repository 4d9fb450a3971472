// BTreeMap::into_keys and into_values consume the map in key order (and from the back), collecting exactly.
use std::collections::BTreeMap;

fn stock() -> BTreeMap<String, u32> {
    let mut stock = BTreeMap::new();
    for (name, qty) in [("pears", 4), ("apples", 10), ("figs", 1)] {
        stock.insert(name.to_string(), qty);
    }
    stock
}

fn main() {
    let names: Vec<String> = stock().into_keys().collect();
    println!("{:?} cap {}", names, names.capacity());
    let total: u32 = stock().into_values().sum();
    let last_two: Vec<u32> = stock().into_values().rev().take(2).collect();
    println!("total {} last two {:?}", total, last_two);
    let mut keys = stock().into_keys();
    println!("{:?} {:?} {:?}", keys.next(), keys.next_back(), keys.next());
    println!("{:?}", keys.next());
    let one: BTreeMap<u8, u64> = [(1, 7)].into_iter().collect();
    let vals: Vec<u64> = one.into_values().collect();
    println!("{:?} cap {}", vals, vals.capacity());
}

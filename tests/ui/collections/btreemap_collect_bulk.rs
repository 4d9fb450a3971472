// Collecting into BTreeMap/BTreeSet sorts the items in a Vec and bulk-builds the tree (std's node shapes).
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    for n in [0usize, 1, 11, 12, 60, 140, 500] {
        let m: BTreeMap<usize, String> = (0..n).rev().map(|k| (k, format!("v{k}"))).collect();
        let s: BTreeSet<usize> = (0..n).map(|k| k * 31 % (n + 1)).collect();
        println!("{n}: {} {} {:?} {:?}", m.len(), s.len(), m.iter().next_back(), s.iter().next());
    }
    let dup: BTreeMap<&str, i32> = [("b", 1), ("a", 2), ("b", 3), ("a", 4)].into_iter().collect();
    println!("{dup:?}");
    let names: BTreeSet<String> = ["bob", "al", "bob", "cy"].iter().map(|s| s.to_string()).collect();
    println!("{names:?}");
    let mut grow: BTreeMap<u32, u32> = (0..100).map(|k| (k, k)).collect();
    for k in 100..130 {
        grow.insert(k, k);
    }
    for k in 0..60 {
        grow.remove(&k);
    }
    println!("{} {:?}", grow.len(), grow.first_key_value());
}

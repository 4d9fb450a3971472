// A consumed BTreeMap/BTreeSet frees its node when next() first finds nothing left, not when the iterator is dropped.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let map: BTreeMap<u32, u64> = [(1, 10), (2, 20)].into_iter().collect();
    let mut it = map.into_iter();
    while let Some((k, v)) = it.next() {
        println!("{} -> {}", k, v);
    }
    let after: Vec<u64> = vec![0; 512];
    println!("{} zeros allocated while the iterator still exists", after.len());
    drop(it);

    let set: BTreeSet<String> = ["b", "a"].iter().map(|s| s.to_string()).collect();
    let mut back = set.into_iter();
    println!("{:?} {:?} {:?}", back.next_back(), back.next_back(), back.next_back());
    let more = "x".repeat(4096 + 300);
    println!("{} bytes allocated after the set's node was freed", more.len());
}

// BTreeMap::range and BTreeSet::range take their range by value: an owned String bound is freed by the call.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m = BTreeMap::new();
    for w in ["apple", "apricot", "banana", "blueberry", "cherry"] {
        m.insert(w.to_string(), w.len());
    }
    for p in ["ap", "b", "z"] {
        let start = p.to_string();
        let hits: Vec<&String> = m.range(start.clone()..).map(|(k, _)| k).take_while(|k| k.starts_with(&start)).collect();
        println!("{}: {:?}", p, hits);
    }
    let lo = String::from("b");
    let hi = String::from("c");
    println!("{:?}", m.range(lo..hi).count());
    let s: BTreeSet<String> = m.keys().cloned().collect();
    println!("{:?}", s.range(String::from("banana")..=String::from("cherry")).collect::<Vec<_>>());
}

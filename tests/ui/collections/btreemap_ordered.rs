// BTreeMap iterates in key order: range queries, first/last, and removal.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for (k, v) in [(5, "five"), (1, "one"), (9, "nine"), (3, "three")] {
        m.insert(k, v);
    }
    println!("{m:?}");
    for (k, v) in m.range(2..=5) {
        println!("{k} {v}");
    }
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    m.remove(&1);
    println!("{:?}", m.keys().collect::<Vec<_>>());
    println!("{:?}", m.values().rev().collect::<Vec<_>>());
}

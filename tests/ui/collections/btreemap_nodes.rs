// BTreeMap: sorted iteration, range, entry counting, node splits and merges across 200 keys.
use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<i32, &str> = BTreeMap::new();
    for (k, v) in vec![(5, "five"), (1, "one"), (9, "nine"), (3, "three")] {
        m.insert(k, v);
    }
    let one = 1;
    m.remove(&one);
    println!("{m:?}");
    for (k, v) in m.range(2..=5) {
        println!("{k} {v}");
    }
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("{:?}", m.keys().collect::<Vec<&i32>>());
    println!("{:?}", m.values().rev().collect::<Vec<&&str>>());
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for w in "the cat the dog a cat the end".split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?} {}", counts, counts["the"]);
    let mut big = BTreeMap::new();
    for i in 0..200u64 {
        big.insert((i * 37) % 200, i);
    }
    for i in 0..150u64 {
        let k = (i * 13) % 200;
        big.remove(&k);
    }
    let last = big.pop_last();
    println!("{} {:?} {:?}", big.len(), big.first_key_value(), last);
    let total: u64 = big.into_iter().map(|(k, v)| k + v).sum();
    println!("{total}");
}

// HashMap entry API, BTreeMap ranges, HashSet ops
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
fn main() {
    let text = "the cat and the hat and the bat";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split_whitespace() { *counts.entry(w).or_insert(0) += 1; }
    println!("{:?}", counts);
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    m.entry("a".to_string()).or_default().push(1);
    m.entry("a".to_string()).or_default().push(2);
    m.entry("b".to_string()).or_insert_with(Vec::new).push(3);
    let mut keys: Vec<_> = m.keys().cloned().collect();
    keys.sort();
    println!("{:?} {:?}", keys, m["a"]);
    if let Some(v) = m.get_mut("b") { v.push(4); }
    println!("{:?}", m.get("b"));
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut i: Vec<_> = a.intersection(&b).copied().collect(); i.sort();
    let mut u: Vec<_> = a.union(&b).copied().collect(); u.sort();
    let mut d: Vec<_> = a.difference(&b).copied().collect(); d.sort();
    println!("{:?} {:?} {:?}", i, u, d);
    let bs: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?}", bs);
    let mut scores = BTreeMap::new();
    for (n, s) in [("z", 3), ("a", 9), ("m", 5)] { scores.insert(n, s); }
    println!("{:?}", scores.first_key_value());
    println!("{:?}", scores.range("b"..).collect::<Vec<_>>());
    println!("{}", scores.contains_key("a"));
    println!("{:?}", scores.remove("m"));
    println!("{}", scores.len());
}

// HashMap entry API and friends: or_insert_with, or_insert_with_key, or_default, and_modify, remove_entry, get_key_value, values_mut, into_values, retain.
use std::collections::HashMap;

fn main() {
    let text = "one two three two three three";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        counts.entry(w).and_modify(|c| *c += 1).or_insert(1);
    }
    let mut sorted: Vec<(&&str, &usize)> = counts.iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
    let mut lens: HashMap<String, usize> = HashMap::new();
    for w in ["alpha", "be", "alpha"] {
        let n = lens.entry(w.to_string()).or_insert_with_key(|k| k.len());
        *n += 100;
    }
    let mut lv: Vec<_> = lens.iter().collect();
    lv.sort();
    println!("{:?}", lv);
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in ["a", "bb", "cc", "d", "eee"] {
        groups.entry(w.len()).or_default().push(w);
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort_unstable();
    for k in &keys {
        println!("{} -> {:?}", k, groups[k]);
    }
    let mut cache: HashMap<u64, u64> = HashMap::new();
    let v = *cache.entry(10).or_insert_with(|| (1..=10).product());
    println!("{} {}", v, cache.len());
    println!("{:?} {:?}", counts.get_key_value("two"), counts.get_key_value("four"));
    println!("{:?} {:?}", counts.remove_entry("one"), counts.remove_entry("one"));
    for v in counts.values_mut() {
        *v *= 10;
    }
    let mut vals: Vec<usize> = counts.clone().into_values().collect();
    vals.sort();
    println!("{:?}", vals);
    let mut ks: Vec<&str> = counts.clone().into_keys().collect();
    ks.sort();
    println!("{:?}", ks);
    counts.retain(|_, v| *v > 20);
    println!("{:?}", counts);
    let e = counts.entry("zzz");
    println!("{:?}", e.key());
    if let Some(x) = counts.get_mut("three") {
        *x = 0;
    }
    println!("{:?} {} {}", counts.get("three"), counts.contains_key("two"), counts.is_empty());
    let m: HashMap<char, i32> = [('a', 1), ('b', 2)].into_iter().collect();
    let mut mv: Vec<_> = m.into_iter().map(|(k, v)| format!("{}{}", k, v)).collect();
    mv.sort();
    println!("{}", mv.join(","));
}

// HashMap: entry().and_modify().or_insert, or_insert_with, get_mut, remove, retain, values_mut, contains_key; sorted output.
use std::collections::HashMap;

fn sorted(map: &HashMap<String, u32>) -> Vec<(&String, &u32)> {
    let mut v: Vec<_> = map.iter().collect();
    v.sort();
    v
}

fn main() {
    let text = "one two three two three three four";
    let mut freq: HashMap<String, u32> = HashMap::new();
    for w in text.split_whitespace() {
        freq.entry(w.to_string()).and_modify(|c| *c += 1).or_insert(1);
    }
    println!("{:?}", sorted(&freq));
    println!("{} {} {:?}", freq.len(), freq.contains_key("two"), freq.get("five"));
    if let Some(c) = freq.get_mut("four") {
        *c += 100;
    }
    println!("{:?}", freq.remove("one"));
    println!("{:?}", freq.remove("one"));
    freq.retain(|k, v| k.len() > 3 || *v > 2);
    println!("{:?}", sorted(&freq));
    for v in freq.values_mut() {
        *v *= 2;
    }
    println!("{:?}", sorted(&freq));
    let total: u32 = freq.values().sum();
    println!("total {}", total);
    let mut keys: Vec<&String> = freq.keys().collect();
    keys.sort_unstable();
    println!("{:?}", keys);
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split(' ') {
        groups.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    let mut lens: Vec<_> = groups.into_iter().collect();
    lens.sort_by_key(|(k, _)| *k);
    println!("{:?}", lens);
    let mut cache: HashMap<u64, u64> = HashMap::new();
    for n in [5u64, 3, 5, 8] {
        let v = *cache.entry(n).or_insert_with(|| n * n);
        print!("{} ", v);
    }
    println!("{}", cache.len());
    let old = cache.insert(5, 0);
    println!("{:?} {:?}", old, cache.insert(6, 1));
    let pairs: HashMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    println!("{:?} {:?}", pairs.get("a"), pairs.get_key_value("b"));
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_default() += 1;
    }
    let mut cs: Vec<_> = counts.iter().map(|(c, n)| format!("{}{}", c, n)).collect();
    cs.sort();
    println!("{}", cs.join(","));
    let from_arr = HashMap::from([(1, "x"), (2, "y")]);
    println!("{}", from_arr[&2]);
}

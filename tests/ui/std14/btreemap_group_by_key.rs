// Grouping records into BTreeMap<char, Vec<String>> with entry().or_default(), values_mut sorting, iter_mut edits, range of keys, into_values.
use std::collections::BTreeMap;

fn main() {
    let names = ["bob", "alice", "carol", "amy", "bill", "cat", "beth", "zed"];
    let mut by_letter: BTreeMap<char, Vec<String>> = BTreeMap::new();
    for n in names {
        by_letter.entry(n.chars().next().unwrap()).or_default().push(n.to_string());
    }
    println!("{:?}", by_letter);
    for v in by_letter.values_mut() { v.sort(); }
    println!("{:?}", by_letter);
    for (k, v) in by_letter.iter_mut() {
        if *k == 'z' { v.push("zoe".to_string()); }
    }
    let sizes: Vec<(char, usize)> = by_letter.iter().map(|(k, v)| (*k, v.len())).collect();
    println!("{:?}", sizes);
    println!("{:?}", by_letter.range('b'..='c').map(|(k, v)| format!("{}:{}", k, v.join("/"))).collect::<Vec<_>>());
    println!("{:?}", by_letter.get(&'a').map(|v| v.contains(&"amy".to_string())));
    let removed = by_letter.remove(&'b');
    println!("{:?} {}", removed, by_letter.len());
    let all: Vec<String> = by_letter.into_values().flatten().collect();
    println!("{:?} cap {}", all, all.capacity());
}

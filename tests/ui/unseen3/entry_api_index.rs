// HashMap entry API: or_insert, or_insert_with, or_default, and_modify, plus an inverted index.
use std::collections::{HashMap, HashSet};

fn build_index(docs: &[&str]) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (id, doc) in docs.iter().enumerate() {
        for word in doc.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            let list = index.entry(word.to_lowercase()).or_default();
            if list.last() != Some(&id) {
                list.push(id);
            }
        }
    }
    index
}

fn main() {
    let docs = ["The cat sat.", "A dog; the cat!", "Dogs and cats, the end"];
    let index = build_index(&docs);
    let mut keys: Vec<&String> = index.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:<5} -> {:?}", k, index[k]);
    }
    println!("'the' in {} docs", index.get("the").map_or(0, |v| v.len()));
    println!("'bird' {:?}", index.get("bird"));

    let mut scores: HashMap<&str, i32> = HashMap::new();
    let events = [("ann", 3), ("bob", 5), ("ann", 4), ("cy", 1), ("bob", -2)];
    for (name, pts) in events {
        scores.entry(name).and_modify(|s| *s += pts).or_insert(pts);
    }
    let mut table: Vec<(&str, i32)> = scores.iter().map(|(k, v)| (*k, *v)).collect();
    table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", table);

    let mut lengths: HashMap<usize, HashSet<&str>> = HashMap::new();
    for w in "one three five seven eleven two six".split(' ') {
        lengths.entry(w.len()).or_insert_with(HashSet::new).insert(w);
    }
    let mut lens: Vec<_> = lengths.into_iter().collect();
    lens.sort_by_key(|(len, _)| *len);
    for (len, set) in &lens {
        let mut words: Vec<_> = set.iter().copied().collect();
        words.sort();
        println!("{len}: {}", words.join(","));
    }

    let mut cache: HashMap<u64, u64> = HashMap::new();
    fn fib(n: u64, cache: &mut HashMap<u64, u64>) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = cache.get(&n) {
            return v;
        }
        let v = fib(n - 1, cache) + fib(n - 2, cache);
        cache.insert(n, v);
        v
    }
    println!("fib(50) = {}, cached {}", fib(50, &mut cache), cache.len());
    if let Some(old) = cache.insert(10, 0) {
        println!("replaced fib(10) = {old}");
    }
    println!("removed {:?}, contains 10: {}", cache.remove(&10), cache.contains_key(&10));
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].iter().cloned().collect();
    let mut inter: Vec<_> = a.intersection(&b).collect();
    inter.sort();
    let mut uni: Vec<_> = a.union(&b).cloned().collect();
    uni.sort();
    let mut diff: Vec<i32> = a.difference(&b).copied().collect();
    diff.sort();
    println!("inter {:?} union {:?} diff {:?}", inter, uni, diff);
}

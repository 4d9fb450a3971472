// BTreeMap ordered access: range with bounds, range_mut, first/last_key_value, pop_first/pop_last, entry, into_keys/into_values, iter().rev().
use std::collections::BTreeMap;
use std::ops::Bound::{Excluded, Included, Unbounded};

fn main() {
    let mut scores: BTreeMap<u32, &str> = BTreeMap::new();
    for (k, v) in [(50, "e"), (10, "a"), (40, "d"), (20, "b"), (30, "c")] {
        scores.insert(k, v);
    }
    println!("{:?}", scores);
    println!("{:?}", scores.range(20..40).collect::<Vec<_>>());
    println!("{:?}", scores.range(..=20).collect::<Vec<_>>());
    println!("{:?}", scores.range(35..).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", scores.range((Excluded(10), Included(30))).collect::<Vec<_>>());
    println!("{:?}", scores.range((Unbounded, Excluded(20))).next_back());
    println!("{:?} {:?}", scores.first_key_value(), scores.last_key_value());
    for (_, v) in scores.range_mut(20..=30) {
        *v = "mid";
    }
    println!("{:?}", scores);
    println!("{:?} {:?}", scores.pop_first(), scores.pop_last());
    println!("{:?} len {}", scores, scores.len());
    let mut index: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for w in ["banana", "apple", "cherry", "avocado", "blueberry"] {
        index.entry(w.chars().next().unwrap()).or_default().push(w);
    }
    for (k, v) in index.iter().rev() {
        println!("{} {:?}", k, v);
    }
    *index.entry('c').or_default() = vec!["coconut"];
    println!("{:?}", index.get(&'c'));
    let keys: Vec<char> = index.clone().into_keys().collect();
    let vals: Vec<Vec<&str>> = index.into_values().collect();
    println!("{:?} {:?}", keys, vals);
    let mut m: BTreeMap<String, i32> = BTreeMap::new();
    m.insert("b".into(), 2);
    m.insert("a".into(), 1);
    println!("{:?}", m.range::<String, _>(String::from("a")..String::from("b")).collect::<Vec<_>>());
    if let Some(mut e) = m.first_entry() {
        *e.get_mut() += 10;
    }
    println!("{:?}", m);
    let mut empty: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{:?} {:?}", empty.pop_first(), empty.first_key_value());
    let counts = "mississippi".chars().fold(BTreeMap::new(), |mut m, c| { *m.entry(c).or_insert(0) += 1; m });
    println!("{:?}", counts);
}

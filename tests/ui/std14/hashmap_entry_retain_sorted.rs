// HashMap entry and_modify().or_insert, or_insert_with_key, retain, remove while iterating keys collected first, get_mut, sorted printing.
use std::collections::HashMap;

fn main() {
    let log = ["ann:3", "bob:5", "ann:4", "cy:1", "bob:-2", "dee:7", "cy:2"];
    let mut totals: HashMap<String, i32> = HashMap::new();
    for e in log {
        let (name, n) = e.split_once(':').unwrap();
        let n: i32 = n.parse().unwrap();
        totals.entry(name.to_string()).and_modify(|t| *t += n).or_insert(n);
    }
    let mut v: Vec<_> = totals.iter().collect();
    v.sort();
    println!("{:?}", v);
    let mut lens: HashMap<&str, usize> = HashMap::new();
    for w in ["alpha", "be", "alpha", "gamma"] {
        lens.entry(w).or_insert_with_key(|k| k.len());
    }
    let mut lv: Vec<_> = lens.into_iter().collect();
    lv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", lv);
    totals.retain(|_, v| *v > 3);
    let mut keys: Vec<&String> = totals.keys().collect();
    keys.sort();
    println!("{:?}", keys);
    if let Some(t) = totals.get_mut("dee") { *t *= 10; }
    let to_drop: Vec<String> = totals.iter().filter(|(_, v)| **v < 10).map(|(k, _)| k.clone()).collect();
    for k in &to_drop { totals.remove(k); }
    let mut rest: Vec<(String, i32)> = totals.into_iter().collect();
    rest.sort();
    println!("{:?} dropped {:?}", rest, to_drop);
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    for (i, c) in "abc".chars().enumerate() { grid.insert((i as i32, -(i as i32)), c); }
    println!("{:?} {:?} {}", grid.get(&(1, -1)), grid.get(&(1, 1)), grid.contains_key(&(2, -2)));
}

// Compound assignment on a value whose type is inferred later: map counters with and_modify(|n| *n += 1), last_mut on an unannotated Vec.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut counts = HashMap::new();
    for c in "mississippi".chars() {
        counts.entry(c).and_modify(|n| *n += 1).or_insert(1);
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort();
    println!("{:?}", v);
    let mut lens = BTreeMap::new();
    for w in ["aa", "b", "aa", "cccc"] {
        lens.entry(w).and_modify(|t| *t *= 2).or_insert(w.len() as u64);
    }
    println!("{:?}", lens);
    let mut xs = Vec::new();
    xs.push(Default::default());
    if let Some(x) = xs.last_mut() {
        *x += 2;
        *x -= 1;
    }
    xs.push(5u8);
    println!("{:?}", xs);
    let mut totals = HashMap::new();
    for (k, amt) in [("a", 1.5), ("b", 2.0), ("a", 0.25)] {
        *totals.entry(k).or_insert(0.0) += amt;
    }
    let mut t: Vec<_> = totals.into_iter().collect();
    t.sort_by(|a, b| a.0.cmp(b.0));
    println!("{:?}", t);
}

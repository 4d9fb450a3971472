// collect into Vec, String, HashMap and BTreeMap (maps printed through sorted or ordered views).
use std::collections::{BTreeMap, HashMap};

fn main() {
    let v: Vec<char> = "hello".chars().collect();
    println!("{v:?}");
    let s: String = v.iter().rev().collect();
    println!("{s}");
    let s2: String = vec!["a", "b", "c"].into_iter().collect();
    println!("{s2}");
    let m: HashMap<&str, usize> = ["one", "three", "two"].iter().map(|w| (*w, w.len())).collect();
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k} -> {}", m[k]);
    }
    let b: BTreeMap<usize, Vec<&str>> = ["x", "yy", "zz", "w"].iter().fold(BTreeMap::new(), |mut acc, w| {
        acc.entry(w.len()).or_insert_with(Vec::new).push(*w);
        acc
    });
    println!("{b:?}");
}

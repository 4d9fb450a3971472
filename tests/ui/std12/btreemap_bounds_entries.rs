// BTreeMap::range with `(Bound, Bound)` tuples, range_mut, and first_entry/last_entry (get, get_mut, key, into_mut, remove)
use std::collections::BTreeMap;
use std::ops::Bound;
use std::ops::Bound::{Excluded, Included, Unbounded};

fn main() {
    let mut m: BTreeMap<String, u32> = BTreeMap::new();
    for (i, w) in ["pear", "apple", "fig", "kiwi", "date"].iter().enumerate() {
        m.insert(w.to_string(), i as u32);
    }
    let lo = String::from("b");
    let hi = String::from("kiwi");
    println!("{:?}", m.range::<String, _>((Included(lo.clone()), Excluded(hi.clone()))).collect::<Vec<_>>());
    println!("{:?}", m.range::<String, _>((Excluded(String::from("date")), Unbounded)).map(|(k, _)| k.len()).collect::<Vec<_>>());
    let b: (Bound<u8>, Bound<u8>) = (Unbounded, Included(3));
    let mut n: BTreeMap<u8, char> = (0..6).map(|i| (i, (b'a' + i) as char)).collect();
    println!("{:?}", n.range(b).collect::<Vec<_>>());
    for (_, v) in n.range_mut((Excluded(1), Excluded(4))) {
        *v = v.to_ascii_uppercase();
    }
    println!("{:?}", n);
    if let Some(mut e) = n.first_entry() {
        *e.get_mut() = '#';
        println!("{} {}", e.key(), e.get());
    }
    if let Some(e) = n.last_entry() {
        println!("removed {}", e.remove());
    }
    let last = n.last_entry().map(|e| e.into_mut());
    if let Some(v) = last {
        *v = '!';
    }
    println!("{:?}", n);
    if let Some(e) = m.first_entry() {
        let (k, v) = e.remove_entry();
        println!("{k} {v} {}", m.len());
    }
    let mut empty: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{}", empty.first_entry().is_none());
}

// Cloning an emptied BTreeMap or BTreeSet allocates nothing (std clones an empty map to `new()`),
// although the emptied original still holds its root leaf.
use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut m: BTreeMap<usize, f64> = BTreeMap::new();
    m.insert(1, 1.0);
    m.remove(&1);
    let c = m.clone();
    let mut s: BTreeSet<&str> = BTreeSet::new();
    s.insert("a");
    s.remove("a");
    let t = s.clone();
    let mut big: BTreeMap<usize, usize> = (0..30).map(|i| (i, i * i)).collect();
    let copy = big.clone();
    big.clear();
    println!("{} {} {} {} {:?}", c.len(), t.len(), big.len(), copy.len(), copy.get(&29));
}

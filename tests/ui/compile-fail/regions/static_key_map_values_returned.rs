//@ compile-fail
// The neighbour of collecting a map's `&'static str` keys: its values are borrowed from the map itself.
use std::collections::BTreeMap;

fn amounts(bal: &BTreeMap<&'static str, i64>) -> Vec<(&'static str, &'static i64)> {
    bal.iter().map(|(k, v)| (*k, v)).collect() //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut bal = BTreeMap::new();
    bal.insert("ann", 3);
    println!("{:?}", amounts(&bal));
}

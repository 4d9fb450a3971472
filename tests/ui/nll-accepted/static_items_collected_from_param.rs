// Items written `&'static str` (and scalars) read through a reference parameter hold no borrow of it.
use std::collections::{BTreeMap, HashMap};

fn names(v: &Vec<&'static str>) -> Vec<&'static str> {
    v.iter().copied().collect()
}

fn tails(v: &[&'static str]) -> Vec<&'static str> {
    v.iter().map(|s| &s[1..]).collect()
}

fn debtors(bal: &BTreeMap<&'static str, i64>) -> Vec<(&'static str, i64)> {
    let d: Vec<(&'static str, i64)> = bal.iter().filter(|(_, v)| **v < 0).map(|(k, v)| (*k, -v)).collect();
    d
}

fn keys(m: &HashMap<&'static str, u8>) -> Option<&'static str> {
    m.keys().next().copied()
}

fn main() {
    println!("{:?} {:?}", names(&vec!["ann", "bo"]), tails(&["xy", "zw"]));
    let mut bal = BTreeMap::new();
    bal.insert("ann", -3);
    bal.insert("bo", 5);
    println!("{:?}", debtors(&bal));
    let mut m = HashMap::new();
    m.insert("only", 1);
    println!("{:?}", keys(&m));
}

// Debug of maps and sets uses braces; BTree collections keep it deterministic.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let m: BTreeMap<&str, Vec<i32>> = [("b", vec![2]), ("a", vec![1, 1])].into_iter().collect();
    println!("{m:?}");
    println!("{m:#?}");
    let s: BTreeSet<u8> = [3, 1, 2].into_iter().collect();
    println!("{s:?}");
    println!("{:#?}", s);
    let e: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{e:?} {e:#?}");
}

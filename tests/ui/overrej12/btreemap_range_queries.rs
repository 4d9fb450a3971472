// BTreeMap/BTreeSet ordered queries: range, first/last, iter().rev(), entry
use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut temps: BTreeMap<u32, f64> = BTreeMap::new();
    for (d, t) in [(3, 12.5), (1, 10.0), (7, 15.25), (5, 11.0)] {
        temps.insert(d, t);
    }
    for (d, t) in temps.range(2..=6) {
        println!("day {} {}", d, t);
    }
    println!("{:?} {:?}", temps.first_key_value(), temps.last_key_value());
    let rev: Vec<u32> = temps.keys().rev().copied().collect();
    println!("{:?}", rev);
    *temps.entry(5).or_insert(0.0) += 1.0;
    println!("{:?}", temps.get(&5));
    let set: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?}", set);
    let after: Vec<&char> = set.range('j'..).collect();
    println!("{:?} {}", after, set.contains(&'s'));
}

//@ compile-fail
// Temperatures as BTreeMap keys: f64 has no total order.
use std::collections::BTreeMap;

fn main() {
    let mut by_temp = BTreeMap::new();
    by_temp.insert(21.5, "noon"); //~ ERROR E0277
    println!("{}", by_temp.len());
}

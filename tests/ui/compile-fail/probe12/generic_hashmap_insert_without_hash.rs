//@ compile-fail
// `HashMap<K, u32>::insert` without `K: Eq + Hash`.
use std::collections::HashMap;
fn count<K>(keys: Vec<K>) -> HashMap<K, u32> {
    let mut m = HashMap::new();
    for k in keys {
        m.insert(k, 1); //~ ERROR E0277
//~^ ERROR E0277
    }
    m
}
fn main() {
    println!("{}", count(vec![1, 2]).len());
}

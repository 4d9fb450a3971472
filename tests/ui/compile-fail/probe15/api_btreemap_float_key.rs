//@ compile-fail
// A BTreeMap with f64 keys (E0277).
use std::collections::BTreeMap;
fn main() {
    let mut m = BTreeMap::new();
    m.insert(1.0f64, "a"); //~ ERROR E0277
    println!("{}", m.len());
}

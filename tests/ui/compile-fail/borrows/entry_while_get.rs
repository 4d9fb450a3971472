//@ compile-fail
// A reference returned by get is alive while the map is modified with entry.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    let v = m.get("a");
    *m.entry("b").or_insert(0) += 1; //~ ERROR E0502
    println!("{:?}", v);
}

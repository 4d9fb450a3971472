//@ compile-fail
// HashMap<String, u32>::entry with a &str key (E0308).
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, u32> = HashMap::new();
    *m.entry("w").or_insert(0) += 1; //~ ERROR E0308
    println!("{}", m.len());
}

//@ compile-fail
// An `entry` result kept while the map is read.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    let e = m.entry("a".to_string()).or_insert(0);
    println!("{}", m.len()); //~ ERROR E0502
    *e += 1;
}

// An `entry` result used before reading the map.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    *m.entry("a".to_string()).or_insert(0) += 1;
    let e = m.entry("a".to_string()).or_insert(0);
    *e += 1;
    println!("{}", m.len());
}

// A reference into a HashMap is read into a Copy value, then the map is inserted into: the reference is dead.
use std::collections::HashMap;

fn main() {
    let mut widths: HashMap<&str, usize> = HashMap::new();
    widths.insert("name", 4);
    let r = widths.get("name").unwrap();
    let w = *r + 2;
    widths.insert("padded", w);
    let mut keys: Vec<_> = widths.keys().copied().collect();
    keys.sort();
    println!("{:?} {}", keys, widths["padded"]);
}

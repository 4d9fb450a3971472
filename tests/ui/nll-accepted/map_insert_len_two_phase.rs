// Two-phase borrow on a HashMap: `m.insert(k, m.len())` reads the map before the insert.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, usize> = HashMap::new();
    m.insert("a", m.len());
    m.insert("b", m.len());
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}

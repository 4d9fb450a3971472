//@ compile-fail
// A mutable reference into a map is kept while reading the map.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("a"));
    let a = m.get_mut(&1).unwrap();
    let n = m.len(); //~ ERROR E0502
    a.push('b');
    println!("{} {}", a, n);
}

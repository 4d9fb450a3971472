//@ compile-fail
// HashMap<String, i32>::insert with a &str key (E0308).
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a", 1); //~ ERROR E0308
    println!("{}", m.len());
}

//@ compile-fail
// `HashMap::retain` with a closure taking the key and value by value (E0631).
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a".to_string(), 1);
    m.retain(|k: String, v: i32| v > 0 && !k.is_empty()); //~ ERROR E0631
    println!("{}", m.len());
}

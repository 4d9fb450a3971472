//@ compile-fail
// HashMap<&str, i32>::insert with a String value (E0308).
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", String::from("1")); //~ ERROR E0308
    println!("{}", m.len());
}

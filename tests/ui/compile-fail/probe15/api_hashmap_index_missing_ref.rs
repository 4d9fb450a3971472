//@ compile-fail
// HashMap indexed with a key by value (E0308).
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("a"), 1);
    let k = String::from("a");
    println!("{}", m[k]); //~ ERROR E0308
}

//@ compile-fail
// HashMap<String, i32>::get with a String by value (E0308).
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("a"), 1);
    let k = String::from("a");
    println!("{:?}", m.get(k)); //~ ERROR E0308
}

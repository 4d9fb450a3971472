//@ compile-fail
// A `get` result kept across an `insert`.
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("a"));
    let a = m.get(&1).unwrap();
    m.insert(2, String::from("b")); //~ ERROR E0502
    println!("{}", a);
}

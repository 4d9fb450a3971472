//@ compile-fail
// Storing the key through a `get_mut` slot that is not returned: rustc blames the `get_mut` call.
use std::collections::HashMap;
fn bump<'m>(map: &'m mut HashMap<String, &'m str>, key: &str) -> &'m str {
    let slot = map.get_mut(key).unwrap(); //~ ERROR E0621
    *slot = key;
    "x"
}
fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("a"), "x");
    println!("{}", bump(&mut m, "a"));
}

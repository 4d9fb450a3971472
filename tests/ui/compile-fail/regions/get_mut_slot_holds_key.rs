//@ compile-fail
// `get_mut` of a map whose values borrow the key: the result carries the key's lifetime.
use std::collections::HashMap;
fn bump<'m>(map: &'m mut HashMap<String, &'m str>, key: &str) -> &'m str {
    let slot = map.get_mut(key).unwrap();
    *slot = key;
    slot //~ ERROR E0621
}
fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("a"), "x");
    println!("{}", bump(&mut m, "a"));
}

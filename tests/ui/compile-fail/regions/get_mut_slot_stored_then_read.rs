//@ compile-fail
// The same when the slot is only read afterwards.
use std::collections::HashMap;
fn bump<'m>(map: &'m mut HashMap<String, &'m str>, key: &str) -> usize {
    let slot = map.get_mut(key).unwrap(); //~ ERROR E0621
    *slot = key;
    slot.len()
}
fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("a"), "x");
    println!("{}", bump(&mut m, "a"));
}

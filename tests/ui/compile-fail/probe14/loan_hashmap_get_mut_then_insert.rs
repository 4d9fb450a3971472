//@ compile-fail
// A `get_mut` result kept across an `insert` on the same map.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = m.get_mut("a").unwrap();
    m.insert("b", 2); //~ ERROR E0499
    *a += 1;
}

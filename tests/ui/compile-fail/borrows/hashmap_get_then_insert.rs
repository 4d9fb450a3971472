//@ compile-fail
// Holding a value from `get` while inserting into the map.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = m.get("a").unwrap();
    m.insert("b", *a + 1); //~ ERROR E0502
    println!("{}", a);
}

//@ compile-fail
// HashMap<i32, i32>::get with a &str (E0308).
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<i32, i32> = HashMap::new();
    m.insert(1, 2);
    println!("{:?}", m.get("1")); //~ ERROR E0308
}

//@ compile-fail
// A HashMap implements Index but not IndexMut: `m[k] = v` cannot assign through it
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    m["a"] = 2; //~ ERROR E0594
    println!("{:?}", m.get("a"));
}

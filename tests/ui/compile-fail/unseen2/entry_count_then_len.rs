//@ compile-fail
// The `&mut` from `or_insert` is still used after reading the map's length.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    let count = counts.entry("a").or_insert(0);
    if counts.len() > 3 { //~ ERROR E0502
        println!("many keys");
    }
    *count += 1;
    println!("{:?}", counts.get("a"));
}

//@ compile-fail
// `HashMap::get` gives a shared reference: the list inside cannot be pushed to.
use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<&str, Vec<i32>> = HashMap::new();
    groups.insert("odd", vec![1, 3]);
    if let Some(list) = groups.get("odd") {
        list.push(5); //~ ERROR E0596
    }
    println!("{:?}", groups["odd"]);
}

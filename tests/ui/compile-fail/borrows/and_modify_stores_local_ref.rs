//@ compile-fail
// The closure given to `and_modify` writes a borrow of a local into the map.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, &str> = HashMap::new();
    m.insert("k", "v");
    {
        let local = String::from("x");
        m.entry("k").and_modify(|v| *v = &local); //~ ERROR E0597
    }
    println!("{:?}", m.get("k"));
}

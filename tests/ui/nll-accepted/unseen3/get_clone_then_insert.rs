// The value read with `get` is cloned into the `insert` call's argument (two-phase borrow).
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, String> = HashMap::new();
    m.insert(1, String::from("one"));
    if let Some(v) = m.get(&1) {
        m.insert(2, v.clone() + "+");
    }
    println!("{:?} {:?}", m.get(&1), m.get(&2));
}

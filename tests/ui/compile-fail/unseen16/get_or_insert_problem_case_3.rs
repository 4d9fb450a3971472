//@ compile-fail
// The classic get-or-insert on a cache: returning the `get` borrow early keeps the map borrowed for the insert (NLL problem case #3).
use std::collections::HashMap;

struct Cache {
    map: HashMap<u32, String>,
}

impl Cache {
    fn get_or_compute(&mut self, key: u32) -> &String {
        if let Some(v) = self.map.get(&key) {
            return v;
        }
        self.map.insert(key, format!("value-{}", key)); //~ ERROR E0502
        self.map.get(&key).unwrap()
    }
}

fn main() {
    let mut c = Cache { map: HashMap::new() };
    println!("{}", c.get_or_compute(3));
}

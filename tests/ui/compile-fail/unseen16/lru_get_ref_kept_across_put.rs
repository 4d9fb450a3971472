//@ compile-fail
// Keeping the &str returned by an LRU cache's `get(&mut self)` while calling `put`.
use std::collections::HashMap;

struct Lru {
    map: HashMap<u32, String>,
    order: Vec<u32>,
}

impl Lru {
    fn get(&mut self, k: u32) -> Option<&str> {
        self.order.retain(|&x| x != k);
        self.order.push(k);
        self.map.get(&k).map(|s| s.as_str())
    }
    fn put(&mut self, k: u32, v: &str) {
        self.order.push(k);
        self.map.insert(k, v.to_string());
    }
}

fn main() {
    let mut c = Lru { map: HashMap::new(), order: Vec::new() };
    c.put(1, "one");
    let one = c.get(1);
    c.put(2, "two"); //~ ERROR E0499
    println!("{:?} {:?}", one, c.order); //~ ERROR E0502
}

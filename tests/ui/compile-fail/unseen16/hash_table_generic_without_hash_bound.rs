//@ compile-fail
// A generic wrapper over HashMap whose impl forgets the `K: Eq + Hash` bounds needed by insert.
use std::collections::HashMap;

struct Table<K, V> {
    map: HashMap<K, V>,
    writes: usize,
}

impl<K, V> Table<K, V> {
    fn put(&mut self, k: K, v: V) {
        self.map.insert(k, v); //~ ERROR E0599
        self.writes += 1;
    }
}

fn main() {
    let mut t = Table { map: HashMap::new(), writes: 0 };
    t.put("a", 1);
    println!("{}", t.writes);
}

// A method returns a reference from the map after a contains_key check, or inserts and then returns it.
use std::collections::HashMap;

struct Cache {
    map: HashMap<u64, String>,
    misses: u32,
}

impl Cache {
    fn spell(&mut self, n: u64) -> &String {
        if !self.map.contains_key(&n) {
            self.misses += 1;
            self.map.insert(n, format!("#{}", n * 2));
        }
        self.map.get(&n).unwrap()
    }
}

fn main() {
    let mut c = Cache { map: HashMap::new(), misses: 0 };
    let a = c.spell(3).clone();
    let b = c.spell(3).len();
    let d = c.spell(40).to_uppercase();
    println!("{} {} {} misses {}", a, b, d, c.misses);
}

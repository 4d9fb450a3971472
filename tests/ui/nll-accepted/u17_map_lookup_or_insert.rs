// A cache lookup whose miss branch inserts into the same map: the `get` borrow is not live in the None arm.
use std::collections::HashMap;

struct Cache {
    values: HashMap<String, usize>,
    misses: u32,
}

impl Cache {
    fn length_of(&mut self, key: &str) -> usize {
        match self.values.get(key) {
            Some(v) => *v,
            None => {
                self.misses += 1;
                let v = key.len();
                self.values.insert(key.to_string(), v);
                v
            }
        }
    }
}

fn main() {
    let mut c = Cache { values: HashMap::new(), misses: 0 };
    let total: usize = ["aa", "bbb", "aa", "c", "bbb"].iter().map(|k| c.length_of(k)).sum();
    println!("total {} misses {}", total, c.misses);
}

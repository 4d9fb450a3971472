// An LRU lookup copies the slot index out of the map, moves the slot to the front, then returns a borrow of it.
use std::collections::HashMap;

struct Lru {
    map: HashMap<u32, usize>,
    slots: Vec<String>,
    order: Vec<usize>,
}

impl Lru {
    fn touch(&mut self, i: usize) {
        self.order.retain(|&x| x != i);
        self.order.insert(0, i);
    }

    fn get(&mut self, k: u32) -> Option<&String> {
        let idx = *self.map.get(&k)?;
        self.touch(idx);
        Some(&self.slots[idx])
    }
}

fn main() {
    let mut c = Lru { map: HashMap::new(), slots: vec![], order: vec![] };
    for (k, v) in [(7, "seven"), (8, "eight")] {
        c.map.insert(k, c.slots.len());
        c.slots.push(v.to_string());
        c.order.push(c.slots.len() - 1);
    }
    let eight = c.get(8).cloned();
    let nine = c.get(9).is_some();
    println!("{:?} {} {:?}", eight, nine, c.order);
}

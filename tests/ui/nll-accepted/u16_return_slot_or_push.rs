// A multimap on two parallel Vecs: return `&mut vals[i]` when the key is found, otherwise push and return the new slot.
struct MultiMap {
    keys: Vec<u32>,
    vals: Vec<Vec<u32>>,
}

impl MultiMap {
    fn slot(&mut self, k: u32) -> &mut Vec<u32> {
        if let Some(i) = self.keys.iter().position(|x| *x == k) {
            return &mut self.vals[i];
        }
        self.keys.push(k);
        self.vals.push(Vec::new());
        self.vals.last_mut().unwrap()
    }
}

fn main() {
    let mut m = MultiMap { keys: vec![], vals: vec![] };
    for (k, v) in [(1, 10), (2, 20), (1, 11), (3, 30), (2, 21)] {
        m.slot(k).push(v);
    }
    println!("{:?} {:?}", m.keys, m.vals);
}

// `ids.insert(key, ids.len())` on a HashMap: the two-phase mutable borrow lets the argument call `len`.
use std::collections::HashMap;

struct Interner {
    ids: HashMap<String, usize>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> usize {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        self.ids.insert(s.to_string(), self.ids.len());
        self.ids.len() - 1
    }
}

fn main() {
    let mut i = Interner { ids: HashMap::new() };
    let ids: Vec<usize> = "a b a c b d".split(' ').map(|w| i.intern(w)).collect();
    println!("{:?}", ids);
}

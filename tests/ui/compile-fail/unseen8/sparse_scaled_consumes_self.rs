//@ compile-fail
// `scaled(self, k)` consumes the sparse vector, which is printed afterwards.
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Sparse {
    entries: BTreeMap<usize, f64>,
}

impl Sparse {
    fn scaled(mut self, k: f64) -> Sparse {
        for v in self.entries.values_mut() {
            *v *= k;
        }
        self
    }
}

fn main() {
    let mut entries = BTreeMap::new();
    entries.insert(3, 2.0);
    let a = Sparse { entries };
    let doubled = a.scaled(2.0);
    println!("{:?} {:?}", a.entries, doubled.entries); //~ ERROR E0382
}

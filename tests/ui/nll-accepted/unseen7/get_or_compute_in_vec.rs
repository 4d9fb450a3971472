// NLL: a lookup returning early with a copied value, then a push on the miss path.
struct Cache {
    entries: Vec<(u32, u64)>,
}

impl Cache {
    fn get_or_compute(&mut self, key: u32) -> u64 {
        if let Some((_, v)) = self.entries.iter().find(|(k, _)| *k == key) {
            return *v;
        }
        let v = (1..=key as u64).product();
        self.entries.push((key, v));
        v
    }
}

fn main() {
    let mut c = Cache { entries: Vec::new() };
    for k in [5, 3, 5, 10, 3] {
        println!("{}! = {}", k, c.get_or_compute(k));
    }
    println!("{} entries", c.entries.len());
}

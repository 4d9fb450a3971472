// A small generic LRU cache on a Vec of entries (most recent last), with hit/miss counters and eviction.
#[derive(Debug)]
struct Lru<K, V> {
    cap: usize,
    entries: Vec<(K, V)>,
    hits: u32,
    misses: u32,
}

impl<K: PartialEq + Clone + std::fmt::Debug, V: Clone> Lru<K, V> {
    fn new(cap: usize) -> Self {
        Lru { cap, entries: Vec::with_capacity(cap), hits: 0, misses: 0 }
    }

    fn get(&mut self, key: &K) -> Option<V> {
        match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => {
                self.hits += 1;
                let entry = self.entries.remove(i);
                let v = entry.1.clone();
                self.entries.push(entry);
                Some(v)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, key: K, value: V) -> Option<K> {
        if let Some(i) = self.entries.iter().position(|(k, _)| *k == key) {
            self.entries.remove(i);
        }
        let mut evicted = None;
        if self.entries.len() == self.cap {
            evicted = Some(self.entries.remove(0).0);
        }
        self.entries.push((key, value));
        evicted
    }

    fn keys(&self) -> Vec<K> {
        self.entries.iter().map(|(k, _)| k.clone()).collect()
    }
}

fn slow_square(n: u64) -> u64 {
    (0..n).map(|_| n).sum()
}

fn main() {
    let mut cache: Lru<u64, u64> = Lru::new(3);
    for n in [4, 7, 4, 9, 12, 7, 4, 4, 9] {
        let v = match cache.get(&n) {
            Some(v) => v,
            None => {
                let v = slow_square(n);
                if let Some(old) = cache.put(n, v) {
                    println!("  evicted {}", old);
                }
                v
            }
        };
        println!("{}^2 = {:<4} cache {:?}", n, v, cache.keys());
    }
    println!("hits {} misses {} capacity {}", cache.hits, cache.misses, cache.entries.capacity());

    let mut names: Lru<String, usize> = Lru::new(2);
    for w in ["ownership", "borrow", "ownership", "lifetime"] {
        if names.get(&w.to_string()).is_none() {
            names.put(w.to_string(), w.len());
        }
    }
    println!("{:?} hits {}", names.keys(), names.hits);
}

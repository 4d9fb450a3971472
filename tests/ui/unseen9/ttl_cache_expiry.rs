// A cache whose entries expire after a time-to-live on a logical clock; hits, misses and evictions are counted.
use std::collections::HashMap;

struct TtlCache {
    ttl: u64,
    now: u64,
    entries: HashMap<String, (String, u64)>,
    hits: u32,
    misses: u32,
    expired: u32,
}

impl TtlCache {
    fn new(ttl: u64) -> Self {
        TtlCache { ttl, now: 0, entries: HashMap::new(), hits: 0, misses: 0, expired: 0 }
    }

    fn tick(&mut self, dt: u64) {
        self.now += dt;
    }

    fn put(&mut self, key: &str, value: String) {
        let expires = self.now + self.ttl;
        self.entries.insert(key.to_string(), (value, expires));
    }

    fn get(&mut self, key: &str) -> Option<String> {
        let now = self.now;
        let fresh = match self.entries.get(key) {
            Some((_, expires)) => *expires > now,
            None => {
                self.misses += 1;
                return None;
            }
        };
        if !fresh {
            self.entries.remove(key);
            self.expired += 1;
            self.misses += 1;
            return None;
        }
        self.hits += 1;
        self.entries.get(key).map(|(v, _)| v.clone())
    }

    fn purge(&mut self) -> usize {
        let now = self.now;
        let before = self.entries.len();
        self.entries.retain(|_, (_, expires)| *expires > now);
        let removed = before - self.entries.len();
        self.expired += removed as u32;
        removed
    }
}

fn lookup(cache: &mut TtlCache, key: &str) -> String {
    if let Some(v) = cache.get(key) {
        return format!("hit {} -> {}", key, v);
    }
    let computed = format!("{}!", key.to_uppercase());
    cache.put(key, computed.clone());
    format!("miss {} -> computed {}", key, computed)
}

fn main() {
    let mut cache = TtlCache::new(10);
    let script: [(u64, &str); 10] = [
        (0, "alpha"), (2, "beta"), (3, "alpha"), (4, "gamma"), (2, "beta"),
        (1, "alpha"), (5, "gamma"), (3, "beta"), (12, "gamma"), (0, "alpha"),
    ];
    for (dt, key) in script {
        cache.tick(dt);
        let line = lookup(&mut cache, key);
        println!("t={:>2} {}", cache.now, line);
    }
    cache.tick(9);
    let removed = cache.purge();
    println!("purge at t={} removed {}, {} left", cache.now, removed, cache.entries.len());
    println!("hits {}, misses {}, expired {}", cache.hits, cache.misses, cache.expired);
}

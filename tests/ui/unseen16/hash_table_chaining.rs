// A hash table with separate chaining written by hand: FNV-1a hashing, buckets of Vec<(String, i32)>, resizing.
struct HashTable {
    buckets: Vec<Vec<(String, i32)>>,
    count: usize,
}

fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

impl HashTable {
    fn with_buckets(n: usize) -> Self {
        let mut buckets = Vec::with_capacity(n);
        for _ in 0..n {
            buckets.push(Vec::new());
        }
        HashTable { buckets, count: 0 }
    }

    fn index(&self, key: &str) -> usize {
        (fnv1a(key) % self.buckets.len() as u64) as usize
    }

    fn insert(&mut self, key: &str, value: i32) -> Option<i32> {
        if self.count + 1 > self.buckets.len() * 3 / 4 {
            self.grow();
        }
        let i = self.index(key);
        for entry in self.buckets[i].iter_mut() {
            if entry.0 == key {
                let old = entry.1;
                entry.1 = value;
                return Some(old);
            }
        }
        self.buckets[i].push((key.to_string(), value));
        self.count += 1;
        None
    }

    fn get(&self, key: &str) -> Option<&i32> {
        let bucket = &self.buckets[self.index(key)];
        bucket.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn remove(&mut self, key: &str) -> Option<i32> {
        let i = self.index(key);
        let pos = self.buckets[i].iter().position(|(k, _)| k == key)?;
        self.count -= 1;
        Some(self.buckets[i].swap_remove(pos).1)
    }

    fn grow(&mut self) {
        let new_len = self.buckets.len() * 2;
        let old = std::mem::replace(&mut self.buckets, (0..new_len).map(|_| Vec::new()).collect());
        for bucket in old {
            for (k, v) in bucket {
                let i = self.index(&k);
                self.buckets[i].push((k, v));
            }
        }
        println!("  grew to {} buckets", new_len);
    }

    fn longest_chain(&self) -> usize {
        self.buckets.iter().map(|b| b.len()).max().unwrap_or(0)
    }
}

fn main() {
    let mut t = HashTable::with_buckets(4);
    let text = "the quick brown fox jumps over the lazy dog the fox";
    for w in text.split_whitespace() {
        let n = t.get(w).copied().unwrap_or(0);
        t.insert(w, n + 1);
    }
    println!("count={} buckets={} longest chain={}", t.count, t.buckets.len(), t.longest_chain());
    for w in ["the", "fox", "cat"] {
        println!("{:>5}: {:?}", w, t.get(w));
    }
    println!("remove lazy: {:?}", t.remove("lazy"));
    println!("remove lazy again: {:?}", t.remove("lazy"));
    println!("insert dog=9 -> old {:?}", t.insert("dog", 9));
    let mut all: Vec<(&str, i32)> = t.buckets.iter().flatten().map(|(k, v)| (k.as_str(), *v)).collect();
    all.sort();
    println!("{:?}", all);
    println!("fnv1a(\"a\") = {:x}", fnv1a("a"));
}

// An LRU cache as a HashMap from key to slot plus a doubly linked list threaded through a Vec by indices.
use std::collections::HashMap;

const NIL: usize = usize::MAX;

struct Entry {
    key: u32,
    value: String,
    prev: usize,
    next: usize,
}

struct Lru {
    map: HashMap<u32, usize>,
    slots: Vec<Entry>,
    head: usize,
    tail: usize,
    cap: usize,
    hits: u32,
    misses: u32,
}

impl Lru {
    fn new(cap: usize) -> Self {
        Lru { map: HashMap::new(), slots: Vec::new(), head: NIL, tail: NIL, cap, hits: 0, misses: 0 }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slots[i].prev, self.slots[i].next);
        if p != NIL { self.slots[p].next = n; } else { self.head = n; }
        if n != NIL { self.slots[n].prev = p; } else { self.tail = p; }
    }

    fn push_front(&mut self, i: usize) {
        self.slots[i].prev = NIL;
        self.slots[i].next = self.head;
        if self.head != NIL {
            self.slots[self.head].prev = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    fn get(&mut self, key: u32) -> Option<&str> {
        match self.map.get(&key) {
            Some(&i) => {
                self.hits += 1;
                self.unlink(i);
                self.push_front(i);
                Some(&self.slots[i].value)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, key: u32, value: &str) {
        if let Some(&i) = self.map.get(&key) {
            self.slots[i].value = value.to_string();
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.slots.len() < self.cap {
            self.slots.push(Entry { key, value: value.to_string(), prev: NIL, next: NIL });
            self.slots.len() - 1
        } else {
            let victim = self.tail;
            self.unlink(victim);
            let old = self.slots[victim].key;
            self.map.remove(&old);
            println!("  evict {}", old);
            self.slots[victim].key = key;
            self.slots[victim].value = value.to_string();
            victim
        };
        self.map.insert(key, i);
        self.push_front(i);
    }

    fn order(&self) -> Vec<u32> {
        let mut out = Vec::new();
        let mut i = self.head;
        while i != NIL {
            out.push(self.slots[i].key);
            i = self.slots[i].next;
        }
        out
    }
}

fn main() {
    let mut c = Lru::new(3);
    c.put(1, "one");
    c.put(2, "two");
    c.put(3, "three");
    println!("order {:?}", c.order());
    println!("get 1 -> {:?}", c.get(1));
    c.put(4, "four");
    println!("order {:?}", c.order());
    println!("get 2 -> {:?}", c.get(2));
    c.put(3, "THREE");
    c.put(5, "five");
    println!("order {:?}", c.order());
    for k in [3, 4, 5, 1] {
        let v = c.get(k).map(|s| s.to_uppercase());
        println!("get {} -> {:?}", k, v);
    }
    println!("hits={} misses={} order={:?}", c.hits, c.misses, c.order());
}

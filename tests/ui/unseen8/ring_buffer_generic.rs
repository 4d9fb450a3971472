// A fixed-capacity ring buffer of Option<T> slots that overwrites the oldest entry, with an iterator over it.
struct Ring<T> {
    slots: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T: Clone + std::fmt::Debug> Ring<T> {
    fn with_capacity(cap: usize) -> Self {
        let mut slots = Vec::with_capacity(cap);
        for _ in 0..cap {
            slots.push(None);
        }
        Ring { slots, head: 0, len: 0 }
    }

    fn push(&mut self, value: T) -> Option<T> {
        let cap = self.slots.len();
        let tail = (self.head + self.len) % cap;
        if self.len == cap {
            let old = self.slots[self.head].replace(value);
            self.head = (self.head + 1) % cap;
            old
        } else {
            self.slots[tail] = Some(value);
            self.len += 1;
            None
        }
    }

    fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.slots[self.head].take();
        self.head = (self.head + 1) % self.slots.len();
        self.len -= 1;
        v
    }

    fn iter(&self) -> RingIter<'_, T> {
        RingIter { ring: self, pos: 0 }
    }
}

struct RingIter<'a, T> {
    ring: &'a Ring<T>,
    pos: usize,
}

impl<'a, T> Iterator for RingIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.pos >= self.ring.len {
            return None;
        }
        let idx = (self.ring.head + self.pos) % self.ring.slots.len();
        self.pos += 1;
        self.ring.slots[idx].as_ref()
    }
}

fn main() {
    let mut recent: Ring<String> = Ring::with_capacity(3);
    for word in "alpha beta gamma delta epsilon".split_whitespace() {
        if let Some(evicted) = recent.push(word.to_uppercase()) {
            println!("evicted {}", evicted);
        }
    }
    println!("contents: {:?}", recent.iter().collect::<Vec<_>>());
    println!("front: {:?}", recent.pop_front());
    recent.push(String::from("ZETA"));
    let joined = recent.iter().map(|s| s.as_str()).collect::<Vec<&str>>().join(",");
    println!("joined: {}", joined);

    let mut temps: Ring<i32> = Ring::with_capacity(4);
    let mut averages = Vec::new();
    for t in [12, 15, 11, 19, 22, 18, 16] {
        temps.push(t);
        let sum: i32 = temps.iter().sum();
        averages.push(sum as f64 / temps.len as f64);
    }
    let shown: Vec<String> = averages.iter().map(|a| format!("{:.1}", a)).collect();
    println!("moving averages: {}", shown.join(" "));
    while let Some(t) = temps.pop_front() {
        print!("{} ", t);
    }
    println!("| empty: {}", temps.iter().next().is_none());
}

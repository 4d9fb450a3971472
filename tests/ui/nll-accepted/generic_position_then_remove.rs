// With a generic key type, the iterator temporary of a `match` scrutinee has no drop glue, and a closure
// comparing with `key` cannot store its borrow into `(K, V)` items: `remove` and `push((key, ..))` follow.
struct Registry<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: PartialEq + std::fmt::Debug, V: Copy + std::fmt::Debug> Registry<K, V> {
    fn touch(&mut self, key: &K) -> Option<V> {
        match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => {
                let e = self.entries.remove(i);
                let v = e.1;
                self.entries.push(e);
                Some(v)
            }
            None => None,
        }
    }

    fn put(&mut self, key: K, value: V) {
        if let Some(i) = self.entries.iter().position(|(k, _)| *k == key) {
            self.entries.remove(i);
        }
        self.entries.push((key, value));
    }
}

fn main() {
    let mut r = Registry { entries: Vec::new() };
    r.put("a", 1);
    r.put("b", 2);
    r.put("a", 3);
    println!("{:?} {:?} {:?}", r.touch(&"b"), r.touch(&"z"), r.entries);
}

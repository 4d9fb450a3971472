// A map kept as a sorted Vec<(K, V)> with binary_search, generic over K: Ord and V, with range queries and an entry-like update.
use std::fmt::Debug;

#[derive(Debug)]
struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: Ord + Debug, V: Debug> VecMap<K, V> {
    fn new() -> Self {
        VecMap { entries: Vec::new() }
    }

    fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.entries.binary_search_by(|(key, _)| key.cmp(&k)) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, v)),
            Err(i) => {
                self.entries.insert(i, (k, v));
                None
            }
        }
    }

    fn get(&self, k: &K) -> Option<&V> {
        self.entries.binary_search_by(|(key, _)| key.cmp(k)).ok().map(|i| &self.entries[i].1)
    }

    fn update_or<F: FnOnce(&mut V)>(&mut self, k: K, default: V, f: F) {
        let i = match self.entries.binary_search_by(|(key, _)| key.cmp(&k)) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (k, default));
                i
            }
        };
        f(&mut self.entries[i].1);
    }

    fn range(&self, lo: &K, hi: &K) -> &[(K, V)] {
        let start = self.entries.partition_point(|(k, _)| k < lo);
        let end = self.entries.partition_point(|(k, _)| k <= hi);
        &self.entries[start..end.max(start)]
    }

    fn remove(&mut self, k: &K) -> Option<V> {
        let i = self.entries.binary_search_by(|(key, _)| key.cmp(k)).ok()?;
        Some(self.entries.remove(i).1)
    }
}

fn main() {
    let mut m = VecMap::new();
    for (k, v) in [(30, "thirty"), (10, "ten"), (20, "twenty"), (50, "fifty"), (40, "forty")] {
        m.insert(k, v.to_string());
    }
    println!("{:?}", m.entries.iter().map(|(k, _)| k).collect::<Vec<_>>());
    println!("replace 20 -> {:?}", m.insert(20, "TWENTY".to_string()));
    println!("get 20 {:?} get 25 {:?}", m.get(&20), m.get(&25));
    println!("range 15..=40 {:?}", m.range(&15, &40));
    println!("range 41..=45 {:?}", m.range(&41, &45));
    println!("remove 10 {:?} remove 11 {:?}", m.remove(&10), m.remove(&11));

    let mut counts: VecMap<&str, u32> = VecMap::new();
    for w in "to be or not to be that is the question".split(' ') {
        counts.update_or(w, 0, |c| *c += 1);
    }
    println!("{:?}", counts.entries);
    let mut letters: VecMap<char, Vec<usize>> = VecMap::new();
    for (i, c) in "banana".chars().enumerate() {
        letters.update_or(c, Vec::new(), |v| v.push(i));
    }
    println!("{:?}", letters);
}

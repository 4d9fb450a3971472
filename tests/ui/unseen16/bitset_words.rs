// A bitset over Vec<u64>: insert, remove, contains, union, intersection, count, and an iterator over set bits; a sieve.
use std::fmt;

#[derive(Clone, PartialEq)]
struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    fn with_capacity(bits: usize) -> Self {
        BitSet { words: vec![0; (bits + 63) / 64] }
    }

    fn insert(&mut self, i: usize) -> bool {
        let (w, b) = (i / 64, i % 64);
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        let was = self.words[w] & (1 << b) != 0;
        self.words[w] |= 1 << b;
        !was
    }

    fn remove(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w &= !(1u64 << (i % 64));
        }
    }

    fn contains(&self, i: usize) -> bool {
        self.words.get(i / 64).map_or(false, |w| w >> (i % 64) & 1 == 1)
    }

    fn len(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }

    fn union_with(&mut self, other: &BitSet) {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= *b;
        }
    }

    fn intersect_with(&mut self, other: &BitSet) {
        for (i, a) in self.words.iter_mut().enumerate() {
            *a &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    fn iter(&self) -> Bits<'_> {
        Bits { set: self, word: 0, current: self.words.first().copied().unwrap_or(0) }
    }
}

struct Bits<'a> {
    set: &'a BitSet,
    word: usize,
    current: u64,
}

impl<'a> Iterator for Bits<'a> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        while self.current == 0 {
            self.word += 1;
            if self.word >= self.set.words.len() {
                return None;
            }
            self.current = self.set.words[self.word];
        }
        let tz = self.current.trailing_zeros() as usize;
        self.current &= self.current - 1;
        Some(self.word * 64 + tz)
    }
}

impl fmt::Debug for BitSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

fn main() {
    let mut a = BitSet::with_capacity(10);
    for i in [1, 3, 5, 64, 65, 130] {
        a.insert(i);
    }
    println!("a = {:?} len {} words {}", a, a.len(), a.words.len());
    println!("insert 3 again: {}", a.insert(3));
    let mut b = BitSet::with_capacity(200);
    for i in (0..140).step_by(13) {
        b.insert(i);
    }
    println!("b = {:?}", b);
    let mut u = a.clone();
    u.union_with(&b);
    let mut x = a.clone();
    x.intersect_with(&b);
    println!("a|b len {} a&b = {:?}", u.len(), x);
    a.remove(64);
    a.remove(9999);
    println!("a after removes = {:?}, contains 65: {}, 64: {}", a, a.contains(65), a.contains(64));
    let n = 100;
    let mut composite = BitSet::with_capacity(n);
    for i in 2..n {
        if !composite.contains(i) {
            let mut j = i * i;
            while j < n {
                composite.insert(j);
                j += i;
            }
        }
    }
    let primes: Vec<usize> = (2..n).filter(|&i| !composite.contains(i)).collect();
    println!("{} primes below {}: {:?}", primes.len(), n, primes);
    println!("equal to itself: {}", u == u.clone());
}

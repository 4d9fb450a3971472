// A generic set of closed intervals that merges overlaps on insert; used with integers and chars.
use std::fmt::Debug;

#[derive(Debug)]
struct IntervalSet<T> {
    spans: Vec<(T, T)>,
}

impl<T: PartialOrd + Copy + Debug> IntervalSet<T> {
    fn new() -> Self {
        IntervalSet { spans: Vec::new() }
    }

    fn insert(&mut self, lo: T, hi: T) {
        let (mut lo, mut hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        let mut kept = Vec::new();
        for &(a, b) in &self.spans {
            if b < lo || a > hi {
                kept.push((a, b));
            } else {
                if a < lo {
                    lo = a;
                }
                if b > hi {
                    hi = b;
                }
            }
        }
        let pos = kept.iter().position(|&(a, _)| a > lo).unwrap_or(kept.len());
        kept.insert(pos, (lo, hi));
        self.spans = kept;
    }

    fn contains(&self, x: T) -> bool {
        self.spans.iter().any(|&(a, b)| a <= x && x <= b)
    }
}

fn main() {
    let mut busy: IntervalSet<u32> = IntervalSet::new();
    for &(a, b) in &[(9, 10), (14, 15), (10, 11), (16, 18), (13, 14), (20, 19)] {
        busy.insert(a, b);
        println!("after {:>2}-{:<2}: {:?}", a, b, busy.spans);
    }
    for h in [8, 12, 14, 19] {
        println!("{}h busy? {}", h, busy.contains(h));
    }
    let mut letters = IntervalSet::new();
    letters.insert('a', 'f');
    letters.insert('x', 'z');
    letters.insert('e', 'k');
    println!("{:?}", letters);
    let covered: Vec<char> = "hello, zebra!".chars().filter(|&c| letters.contains(c)).collect();
    println!("covered: {:?}", covered);
}

// A set of disjoint half-open intervals in a BTreeMap<start, end>, merging on insert, with coverage queries and gaps.
use std::collections::BTreeMap;

#[derive(Default, Debug)]
struct IntervalSet {
    map: BTreeMap<u32, u32>,
}

impl IntervalSet {
    fn insert(&mut self, mut lo: u32, mut hi: u32) {
        if lo >= hi {
            return;
        }
        let overlapping: Vec<(u32, u32)> = self
            .map
            .range(..=hi)
            .filter(|&(_, &e)| e >= lo)
            .map(|(&s, &e)| (s, e))
            .collect();
        for (s, e) in overlapping {
            self.map.remove(&s);
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.map.insert(lo, hi);
    }

    fn contains(&self, x: u32) -> bool {
        match self.map.range(..=x).next_back() {
            Some((_, &e)) => x < e,
            None => false,
        }
    }

    fn covered(&self) -> u32 {
        self.map.iter().map(|(s, e)| e - s).sum()
    }

    fn gaps(&self, lo: u32, hi: u32) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut at = lo;
        for (&s, &e) in self.map.range(..hi) {
            if e <= at {
                continue;
            }
            if s > at {
                out.push((at, s.min(hi)));
            }
            at = at.max(e);
        }
        if at < hi {
            out.push((at, hi));
        }
        out
    }
}

fn main() {
    let mut booked = IntervalSet::default();
    for (lo, hi) in [(9, 10), (13, 15), (11, 12), (14, 17), (10, 11), (20, 20), (16, 18)] {
        booked.insert(lo, hi);
        let spans: Vec<String> = booked.map.iter().map(|(s, e)| format!("[{},{})", s, e)).collect();
        println!("+[{},{}) -> {}", lo, hi, spans.join(" "));
    }
    for h in [8, 9, 11, 12, 17, 18] {
        println!("busy at {}: {}", h, booked.contains(h));
    }
    println!("covered {} hours", booked.covered());
    println!("free between 8 and 19: {:?}", booked.gaps(8, 19));
    booked.insert(0, 24);
    println!("{:?} free {:?}", booked, booked.gaps(0, 24));
}

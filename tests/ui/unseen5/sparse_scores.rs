// A sparse grid of scores kept in a HashMap keyed by (row, col); printed in sorted key order.
use std::collections::HashMap;

struct Sparse {
    cells: HashMap<(u32, u32), i32>,
    default: i32,
}

impl Sparse {
    fn get(&self, r: u32, c: u32) -> i32 {
        *self.cells.get(&(r, c)).unwrap_or(&self.default)
    }

    fn add(&mut self, r: u32, c: u32, delta: i32) {
        let e = self.cells.entry((r, c)).or_insert(self.default);
        *e += delta;
        if *e == self.default {
            self.cells.remove(&(r, c));
        }
    }

    fn row_sum(&self, r: u32) -> i32 {
        self.cells.iter().filter(|((row, _), _)| *row == r).map(|(_, v)| *v).sum()
    }
}

fn main() {
    let mut s = Sparse { cells: HashMap::new(), default: 0 };
    s.add(0, 0, 5);
    s.add(2, 7, -3);
    s.add(2, 1, 10);
    s.add(0, 0, -5);
    s.add(1000, 1000, 1);
    println!("stored: {}", s.cells.len());
    println!("(2,7)={} (0,0)={} (5,5)={}", s.get(2, 7), s.get(0, 0), s.get(5, 5));
    println!("row 2 sum: {}", s.row_sum(2));
    let mut keys: Vec<_> = s.cells.keys().copied().collect();
    keys.sort();
    for (r, c) in keys {
        println!("  [{:>4},{:>4}] = {:+}", r, c, s.get(r, c));
    }
}

// Check-time benchmark: borrow-heavy code, long functions with many loans inside nested loops
// (NLL, two-phase borrows, reborrows, get_mut, disjoint fields), about 200 lines, written for
// the benchmark.
use std::collections::HashMap;

struct Grid {
    cells: Vec<Vec<i32>>,
    width: usize,
    height: usize,
    log: Vec<String>,
}

impl Grid {
    fn new(width: usize, height: usize) -> Grid {
        let mut cells = Vec::new();
        for y in 0..height {
            let mut row = Vec::new();
            for x in 0..width {
                row.push((x * 7 + y * 3) as i32 % 10);
            }
            cells.push(row);
        }
        Grid { cells, width, height, log: Vec::new() }
    }

    fn cell_mut(&mut self, x: usize, y: usize) -> Option<&mut i32> {
        self.cells.get_mut(y)?.get_mut(x)
    }

    fn smooth(&mut self) {
        for y in 0..self.height {
            for x in 0..self.width {
                let mut sum = 0;
                let mut n = 0;
                for dy in 0..3 {
                    for dx in 0..3 {
                        let (nx, ny) = (x + dx, y + dy);
                        if nx < 1 || ny < 1 {
                            continue;
                        }
                        if let Some(row) = self.cells.get(ny - 1) {
                            if let Some(v) = row.get(nx - 1) {
                                sum += *v;
                                n += 1;
                            }
                        }
                    }
                }
                let avg = sum / n;
                if let Some(c) = self.cell_mut(x, y) {
                    *c = avg;
                }
                self.log.push(format!("{x},{y}={avg}"));
            }
        }
    }

    fn row_max(&self) -> Vec<&i32> {
        let mut out = Vec::new();
        for row in &self.cells {
            let mut best = &row[0];
            for v in row {
                if v > best {
                    best = v;
                }
            }
            out.push(best);
        }
        out
    }
}

fn longest<'a>(words: &'a [String]) -> &'a str {
    let mut best: &str = "";
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn bump_all(map: &mut HashMap<String, Vec<u32>>, keys: &[&str]) {
    for k in keys {
        let entry = map.entry(k.to_string()).or_insert_with(Vec::new);
        let n = entry.len() as u32;
        entry.push(n);
        let last = entry.last().copied().unwrap_or(0);
        if last > 1 {
            entry.retain(|v| *v != 0);
        }
    }
    for (k, v) in map.iter_mut() {
        if k.len() > 2 {
            v.push(99);
        }
    }
}

fn process(items: &mut Vec<i32>) -> i32 {
    let mut total = 0;
    let mut i = 0;
    while i < items.len() {
        let first = &items[0];
        total += *first;
        let cur = &mut items[i];
        *cur += 1;
        let r = &*cur;
        total += *r;
        let half = *r / 2;
        if half % 2 == 0 {
            items.push(half);
        }
        if items.len() > 20 {
            break;
        }
        i += 1;
    }
    let len = items.len() as i32;
    items.push(len);
    let n = items.len();
    items[n - 1] += total;
    let mut refs: Vec<&mut i32> = items.iter_mut().collect();
    for r in refs.iter_mut() {
        **r *= 2;
    }
    let slice = &items[..];
    let (left, right) = slice.split_at(slice.len() / 2);
    total + left.len() as i32 - right.len() as i32
}

struct Inventory {
    names: Vec<String>,
    counts: Vec<u32>,
    history: Vec<(usize, u32)>,
}

impl Inventory {
    fn restock(&mut self, min: u32) -> usize {
        let mut changed = 0;
        for (i, c) in self.counts.iter_mut().enumerate() {
            if *c < min {
                self.history.push((i, *c));
                *c = min;
                changed += 1;
            }
        }
        let names = &self.names;
        for (i, _) in &self.history {
            let name = &names[*i];
            if name.is_empty() {
                changed += 100;
            }
        }
        changed
    }

    fn find(&mut self, name: &str) -> &mut u32 {
        let mut idx = None;
        for (i, n) in self.names.iter().enumerate() {
            if n == name {
                idx = Some(i);
            }
        }
        match idx {
            Some(i) => &mut self.counts[i],
            None => {
                self.names.push(name.to_string());
                self.counts.push(0);
                self.counts.last_mut().unwrap()
            }
        }
    }
}

fn main() {
    let mut g = Grid::new(4, 3);
    g.smooth();
    println!("{:?} {}", g.row_max(), g.log.len());
    let first = g.log.first().cloned();
    g.log.clear();
    println!("{:?} {}", first, g.log.len());
    let words = vec![String::from("ox"), String::from("horse"), String::from("cat")];
    let l = longest(&words);
    println!("{l}");
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    bump_all(&mut m, &["a", "bee", "a", "a"]);
    let mut ks: Vec<_> = m.iter().collect();
    ks.sort();
    println!("{:?}", ks);
    let mut items = vec![3, 4, 5];
    let t = process(&mut items);
    println!("{t} {:?}", items);
    let mut inv = Inventory { names: vec![String::from("nail")], counts: vec![1], history: Vec::new() };
    *inv.find("screw") += 5;
    *inv.find("nail") += 1;
    let c = inv.restock(3);
    println!("{} {:?} {:?} {:?}", c, inv.names, inv.counts, inv.history);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        if top > 1 {
            stack.push(top - 2);
        }
        let len = stack.len();
        stack.push(len as i32);
        stack.pop();
    }
    let mut v = vec![1, 2];
    v.push(v.len());
    let x = &mut v;
    let s = x[0] + x[1];
    x.push(s);
    let y = &*x;
    println!("{:?}", y);
    println!("{}", v.len());
}

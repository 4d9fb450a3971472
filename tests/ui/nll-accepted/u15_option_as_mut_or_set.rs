// a best-so-far Option is updated through as_mut or set after the borrow of the if let ended (NLL)
struct Tracker {
    best: Option<u32>,
    updates: u32,
}

impl Tracker {
    fn offer(&mut self, v: u32) {
        if let Some(b) = self.best.as_mut() {
            if v > *b {
                *b = v;
                self.updates += 1;
            }
            return;
        }
        self.best = Some(v);
        self.updates += 1;
    }
}

fn main() {
    let mut t = Tracker { best: None, updates: 0 };
    for v in [4, 2, 9, 9, 11, 3] {
        t.offer(v);
    }
    println!("{:?} after {} updates", t.best, t.updates);
}

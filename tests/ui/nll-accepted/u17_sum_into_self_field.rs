// `self.total += self.compute()` and `v.push(v.iter().sum())`: the right side is evaluated before the write.
struct Invoice {
    lines: Vec<u32>,
    total: u32,
}

impl Invoice {
    fn compute(&self) -> u32 {
        self.lines.iter().sum()
    }
    fn close(&mut self) {
        self.total += self.compute();
        self.lines.push(self.total);
    }
}

fn main() {
    let mut inv = Invoice { lines: vec![10, 20], total: 5 };
    inv.close();
    let mut v = vec![1, 2, 3];
    v.push(v.iter().sum());
    println!("{} {:?} {:?}", inv.total, inv.lines, v);
}

// Two-phase borrows on a field: the argument reads the same field before the push happens.
struct Log {
    lines: Vec<String>,
    seen: Vec<usize>,
}

impl Log {
    fn add(&mut self, s: &str) {
        self.lines.push(format!("{}: {}", self.lines.len(), s));
        self.seen.push(self.lines.len() + self.seen.len());
    }
}

fn main() {
    let mut log = Log { lines: Vec::new(), seen: Vec::new() };
    log.add("start");
    log.add("stop");
    println!("{:?} {:?}", log.lines, log.seen);
}

// Two-phase borrows: v.push(v.len()) and a method call whose argument reads the receiver
struct Log {
    lines: Vec<String>,
}

impl Log {
    fn add(&mut self, s: String) {
        self.lines.push(s);
    }
    fn count(&self) -> usize {
        self.lines.len()
    }
}

fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len() * 10);
    v.insert(0, v[1] + 1);
    println!("{:?}", v);
    let mut log = Log { lines: vec![] };
    log.add(format!("entry {}", log.count()));
    log.add(format!("entry {}", log.count()));
    println!("{:?}", log.lines);
}

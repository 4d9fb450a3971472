// A &mut self method returns a value (not a reference), so the object can be read right after.
struct Counter {
    n: u32,
    log: Vec<u32>,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.log.push(self.n);
        self.n
    }
    fn last(&self) -> Option<&u32> {
        self.log.last()
    }
}

fn main() {
    let mut c = Counter { n: 0, log: Vec::new() };
    let a = c.bump();
    let b = c.bump();
    println!("{} {} {:?} {}", a, b, c.last(), c.log.len());
}

// Two-phase borrow on a user method: `c.add(c.get())`.
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
    fn add(&mut self, k: u32) {
        self.n += k;
    }
}

fn main() {
    let mut c = Counter { n: 1 };
    c.add(c.get());
    c.add(c.get() + 1);
    println!("{}", c.n);
}

//@ compile-fail
// Assigning a field in a `&self` method.
struct Counter {
    n: u32,
}

impl Counter {
    fn inc(&self) {
        self.n += 1; //~ ERROR E0594
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.inc();
    println!("{}", c.n);
}

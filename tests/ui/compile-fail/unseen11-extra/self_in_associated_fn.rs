//@ compile-fail
// An associated function without a self parameter uses self.
struct Counter {
    n: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { n: 0 }
    }

    fn doubled() -> u32 {
        self.n * 2 //~ ERROR E0424
    }
}

fn main() {
    let c = Counter::new();
    println!("{} {}", c.n, Counter::doubled());
}

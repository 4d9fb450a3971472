// Associated functions (no self) and associated constants, called with Type::.
struct Counter {
    count: u32,
}

impl Counter {
    const START: u32 = 100;

    fn new() -> Self {
        Self { count: Self::START }
    }

    fn with(count: u32) -> Counter {
        Counter { count }
    }

    fn tick(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
}

fn main() {
    let mut a = Counter::new();
    let mut b = Counter::with(7);
    a.tick();
    println!("{} {}", a.tick(), b.tick());
    println!("{}", Counter::START);
    println!("{}", Counter::tick(&mut b));
}

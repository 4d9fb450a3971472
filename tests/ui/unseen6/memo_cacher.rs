// The Book's Cacher, generalised: a struct generic over a closure type, memoising in a HashMap.
use std::collections::HashMap;

struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calc: F,
    values: HashMap<u64, u64>,
    calls: u32,
}

impl<F> Cacher<F>
where
    F: Fn(u64) -> u64,
{
    fn new(calc: F) -> Cacher<F> {
        Cacher { calc, values: HashMap::new(), calls: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        if let Some(&v) = self.values.get(&arg) {
            return v;
        }
        self.calls += 1;
        let v = (self.calc)(arg);
        self.values.insert(arg, v);
        v
    }
}

fn collatz_len(mut n: u64) -> u64 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut slow_square = Cacher::new(|x| {
        println!("  computing {}^2", x);
        x * x
    });
    for x in [3, 4, 3, 3, 5, 4] {
        println!("square({}) = {}", x, slow_square.value(x));
    }
    println!("{} real calls", slow_square.calls);

    let mut collatz = Cacher::new(collatz_len);
    let best = (1..30).max_by_key(|&n| (collatz.value(n), n)).unwrap();
    println!("longest Collatz chain below 30 starts at {} ({} steps)", best, collatz.value(best));
    println!("{} real calls, {} cached", collatz.calls, collatz.values.len());

    let offset = 7;
    let mut shifted = Cacher::new(move |x| x + offset);
    let total: u64 = [1, 2, 1, 2, 10].iter().map(|&x| shifted.value(x)).sum();
    println!("total {} with {} calls", total, shifted.calls);
    let mut keys: Vec<_> = shifted.values.into_iter().collect();
    keys.sort();
    println!("{:?}", keys);
}

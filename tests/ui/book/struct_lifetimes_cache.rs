// Structs + closures + generics: a memoising Cacher with a HashMap, generic over the closure.
use std::collections::HashMap;

struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calc: F,
    values: HashMap<u64, u64>,
    hits: u32,
    misses: u32,
}

impl<F> Cacher<F>
where
    F: Fn(u64) -> u64,
{
    fn new(calc: F) -> Cacher<F> {
        Cacher { calc, values: HashMap::new(), hits: 0, misses: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        if let Some(&v) = self.values.get(&arg) {
            self.hits += 1;
            return v;
        }
        self.misses += 1;
        let v = (self.calc)(arg);
        self.values.insert(arg, v);
        v
    }
}

fn collatz_len(mut n: u64) -> u64 {
    let mut len = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        len += 1;
    }
    len
}

fn main() {
    let mut c = Cacher::new(collatz_len);
    let inputs = [7, 27, 7, 97, 27, 7];
    let outs: Vec<u64> = inputs.iter().map(|&i| c.value(i)).collect();
    println!("{:?}", outs);
    println!("hits {} misses {} cached {}", c.hits, c.misses, c.values.len());
    let offset = 1000;
    let mut sq = Cacher::new(move |x| x * x + offset);
    println!("{} {} {}", sq.value(3), sq.value(3), sq.value(4));
    println!("hits {}", sq.hits);
    let best = (1..30u64).max_by_key(|&n| c.value(n)).unwrap();
    println!("longest chain under 30 starts at {best} ({} steps)", c.value(best));
}

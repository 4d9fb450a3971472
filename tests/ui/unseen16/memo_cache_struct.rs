// A memoising cache struct holding a HashMap and a boxed function, with get-or-insert by match on get, and hit counts.
use std::collections::HashMap;

struct Memo {
    table: HashMap<u64, u64>,
    func: Box<dyn Fn(u64) -> u64>,
    hits: u32,
    misses: u32,
}

impl Memo {
    fn new(func: Box<dyn Fn(u64) -> u64>) -> Memo {
        Memo { table: HashMap::new(), func, hits: 0, misses: 0 }
    }

    fn get(&mut self, x: u64) -> u64 {
        if let Some(v) = self.table.get(&x) {
            self.hits += 1;
            return *v;
        }
        self.misses += 1;
        let v = (self.func)(x);
        self.table.insert(x, v);
        v
    }

    fn get_ref(&mut self, x: u64) -> &u64 {
        let f = &self.func;
        self.table.entry(x).or_insert_with(|| f(x))
    }
}

fn collatz_len(mut n: u64) -> u64 {
    let mut steps = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn fib_memo(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(&v) = memo.get(&n) {
        return v;
    }
    let v = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo.insert(n, v);
    v
}

fn main() {
    let mut m = Memo::new(Box::new(collatz_len));
    let inputs = [27, 9, 27, 97, 9, 27];
    for x in inputs {
        println!("collatz_len({}) = {}", x, m.get(x));
    }
    println!("hits {} misses {}", m.hits, m.misses);
    let offset = 1000;
    let mut shifted = Memo::new(Box::new(move |x| x * x + offset));
    let r = *shifted.get_ref(12);
    println!("shifted(12) = {} table size {}", r, shifted.table.len());
    let again = shifted.get_ref(12);
    println!("again {}", again);
    let mut memo = HashMap::new();
    println!("fib(80) = {}", fib_memo(80, &mut memo));
    println!("memo entries: {}", memo.len());
    let mut keys: Vec<_> = m.table.keys().copied().collect();
    keys.sort();
    println!("cached keys: {:?}", keys);
}

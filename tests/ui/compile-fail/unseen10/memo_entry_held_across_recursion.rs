//@ compile-fail
// A memoised Collatz step count keeps the entry's &mut while it recurses through &mut self.
use std::collections::HashMap;

struct Collatz {
    memo: HashMap<u64, u32>,
}

impl Collatz {
    fn steps(&mut self, n: u64) -> u32 {
        if n == 1 {
            return 0;
        }
        let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        let slot = self.memo.entry(n).or_insert(0);
        if *slot == 0 {
            *slot = 1 + self.steps(next); //~ ERROR E0499
        }
        *slot
    }
}

fn main() {
    let mut c = Collatz { memo: HashMap::new() };
    println!("{}", c.steps(27));
}

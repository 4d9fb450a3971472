// Arithmetic loop: integer arithmetic with overflow checks, no heap.
fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut best = 0;
    let mut best_n = 0;
    let mut n = 1;
    while n < 30000 {
        let len = collatz_len(n);
        if len > best {
            best = len;
            best_n = n;
        }
        n += 1;
    }
    println!("longest chain below 30000 starts at {} ({} steps)", best_n, best);
}

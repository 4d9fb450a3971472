// Custom iterators: impl Iterator for Fibonacci and a Countdown, then take_while, skip, step_by, chain, zip.
struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let out = self.curr;
        let new_next = self.curr.checked_add(self.next)?;
        self.curr = self.next;
        self.next = new_next;
        Some(out)
    }
}

fn fib() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn main() {
    let first: Vec<u64> = fib().take(12).collect();
    println!("first 12: {:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even sum below 4M: {}", even_sum);
    println!("fib count before overflow: {}", fib().count());
    println!("last before overflow: {:?}", fib().last());
    let big = fib().skip_while(|&x| x < 1000).next();
    println!("first >= 1000: {:?}", big);
    println!("every 5th: {:?}", fib().step_by(5).take(5).collect::<Vec<_>>());
    let ratio: Vec<String> = fib()
        .skip(1)
        .zip(fib().skip(2))
        .skip(10)
        .take(3)
        .map(|(a, b)| format!("{:.6}", b as f64 / a as f64))
        .collect();
    println!("ratios {}", ratio.join(" "));

    let launch: Vec<String> = Countdown(5).map(|n| n.to_string()).chain(std::iter::once("liftoff".to_string())).collect();
    println!("{}", launch.join("... "));
    let mut cd = Countdown(3);
    println!("{:?} {:?} {:?} {:?} {:?}", cd.next(), cd.next(), cd.next(), cd.next(), cd.next());
    let total: u32 = Countdown(10).filter(|n| n % 3 == 0).map(|n| n * n).sum();
    println!("sum of squares of multiples of 3 in 10..1: {}", total);
    println!("any > 9: {}, all > 0: {}", Countdown(10).any(|n| n > 9), Countdown(4).all(|n| n > 0));
    println!("position of 7: {:?}", Countdown(10).position(|n| n == 7));
    let (small, large): (Vec<u32>, Vec<u32>) = Countdown(6).partition(|&n| n <= 3);
    println!("{:?} {:?}", small, large);
    let mut peek = fib().skip(5).peekable();
    while let Some(x) = peek.next() {
        if let Some(&n) = peek.peek() {
            if n > 60 {
                println!("stop at {} (next {})", x, n);
                break;
            }
        }
    }
}

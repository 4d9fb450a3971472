// A custom iterator over a range with a step, then composed with std adapters.
struct Stepper {
    next: i64,
    end: i64,
    step: i64,
}

impl Iterator for Stepper {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if (self.step > 0 && self.next >= self.end) || (self.step < 0 && self.next <= self.end) {
            return None;
        }
        let v = self.next;
        self.next += self.step;
        Some(v)
    }
}

fn stepper(start: i64, end: i64, step: i64) -> Stepper {
    Stepper { next: start, end, step }
}

struct Collatz(u64);

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 {
            return None;
        }
        let cur = self.0;
        self.0 = if cur == 1 { 0 } else if cur % 2 == 0 { cur / 2 } else { 3 * cur + 1 };
        Some(cur)
    }
}

fn main() {
    println!("{:?}", stepper(0, 20, 3).collect::<Vec<_>>());
    println!("{:?}", stepper(10, -5, -4).collect::<Vec<_>>());
    let s: i64 = stepper(1, 100, 7).filter(|x| x % 2 == 0).sum();
    println!("sum of even: {}", s);
    let pairs: Vec<(i64, i64)> = stepper(0, 10, 2).zip(stepper(100, 0, -25)).collect();
    println!("{:?}", pairs);
    let c27 = Collatz(27);
    let steps = c27.count();
    println!("collatz(27) has {} terms, max {}", steps, Collatz(27).max().unwrap());
    let longest = (1..30u64).max_by_key(|&n| Collatz(n).count()).unwrap();
    println!("longest below 30 starts at {}", longest);
    let firsts: Vec<String> = Collatz(6).take(4).map(|n| n.to_string()).collect();
    println!("{}", firsts.join(" -> "));
}

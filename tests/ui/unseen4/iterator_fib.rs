// A custom Iterator (Fibonacci) combined with adapters: take_while, skip, step_by, zip, scan, fold.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = self.b.checked_add(r)?;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
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
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even sum below 4M: {}", even_sum);
    let every_third: Vec<_> = fib().skip(3).step_by(3).take(5).collect();
    println!("every third: {:?}", every_third);
    println!("count until overflow: {}", fib().count());
    let last = fib().last().unwrap();
    println!("last u64 fib: {}", last);

    let pairs: Vec<(u32, u64)> = Countdown(5).zip(fib().skip(5)).collect();
    println!("{:?}", pairs);
    let running: Vec<u32> = Countdown(6)
        .scan(0, |acc, x| {
            *acc += x;
            Some(*acc)
        })
        .collect();
    println!("running sums: {:?}", running);
    let text = Countdown(4).fold(String::new(), |mut s, n| {
        if !s.is_empty() {
            s.push_str("..");
        }
        s += &n.to_string();
        s
    });
    println!("{text}... liftoff");
    let (small, big): (Vec<u64>, Vec<u64>) = fib().take(10).partition(|&x| x < 10);
    println!("small {:?} big {:?}", small, big);
    println!("position of 144: {:?}", fib().position(|x| x == 144));
    println!("max of countdown: {:?}, min: {:?}", Countdown(7).max(), Countdown(7).min());
}

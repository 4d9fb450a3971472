// A Fibonacci iterator struct combined with standard adapters.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn main() {
    println!("{:?}", fib().take(12).collect::<Vec<_>>());
    println!("{}", fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum::<u64>());
    println!("{:?}", fib().find(|x| x.to_string().len() >= 5));
    println!("{:?}", fib().position(|x| x > 1000));
}

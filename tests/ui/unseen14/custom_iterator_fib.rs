// Custom iterators: a Fibonacci struct and a Countdown implementing Iterator, used with adapters
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(r)
    }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn main() {
    let first: Vec<u64> = fib().take(12).collect();
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even sum below 4M: {}", even_sum);
    println!("fib count before overflow: {}", fib().count());
    println!("last fitting: {:?}", fib().last());
    let stepped: Vec<u64> = fib().skip(5).step_by(3).take(4).collect();
    println!("stepped: {:?}", stepped);
    let cd: Vec<String> = Countdown { n: 5 }.map(|n| n.to_string()).collect();
    println!("{} liftoff!", cd.join("... "));
    let pairs: Vec<(u32, u64)> = Countdown { n: 4 }.zip(fib().skip(10)).collect();
    println!("{:?}", pairs);
    let total: u32 = Countdown { n: 10 }.zip(Countdown { n: 10 }.skip(1)).map(|(a, b)| a * b).filter(|p| p % 3 == 0).sum();
    println!("total {}", total);
    let mut it = Countdown { n: 3 }.peekable();
    while let Some(x) = it.next() {
        match it.peek() {
            Some(nx) => println!("{} then {}", x, nx),
            None => println!("{} is last", x),
        }
    }
    let pos = fib().position(|x| x > 1000);
    println!("first > 1000 at index {:?}", pos);
    let chained: Vec<u32> = Countdown { n: 2 }.chain(Countdown { n: 3 }.rev_helper()).collect();
    println!("{:?}", chained);
}

trait RevHelper {
    fn rev_helper(self) -> std::vec::IntoIter<u32>;
}

impl RevHelper for Countdown {
    fn rev_helper(self) -> std::vec::IntoIter<u32> {
        let mut v: Vec<u32> = self.collect();
        v.reverse();
        v.into_iter()
    }
}

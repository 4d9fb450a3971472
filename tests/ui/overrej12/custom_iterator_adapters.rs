// a custom Iterator used with std adapters (take_while, step_by, zip, rev via collect)
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
struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}
fn main() {
    let small: Vec<u64> = Fib { a: 0, b: 1 }.take_while(|&x| x < 100).collect();
    println!("{:?}", small);
    let evens: Vec<u64> = Fib { a: 0, b: 1 }.filter(|x| x % 2 == 0).take(5).collect();
    println!("{:?}", evens);
    let pairs: Vec<(u32, u64)> = Countdown(4).zip(Fib { a: 1, b: 1 }).collect();
    println!("{:?}", pairs);
    let every: Vec<u64> = Fib { a: 0, b: 1 }.step_by(3).take(4).collect();
    println!("{:?}", every);
    let total: u32 = Countdown(10).sum();
    let max = Countdown(7).map(|x| x * 3 % 7).max();
    println!("{} {:?}", total, max);
    let mut it = Countdown(3).peekable();
    while let Some(x) = it.next() {
        if let Some(nx) = it.peek() {
            print!("{}>{} ", x, nx);
        }
    }
    println!();
}

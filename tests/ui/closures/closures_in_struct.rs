// A struct generic over a closure type: a memoising cacher.
struct Cacher<T: Fn(u64) -> u64> {
    calculation: T,
    value: Option<(u64, u64)>,
    calls: u32,
}

impl<T: Fn(u64) -> u64> Cacher<T> {
    fn new(calculation: T) -> Self {
        Cacher { calculation, value: None, calls: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        match self.value {
            Some((a, v)) if a == arg => v,
            _ => {
                self.calls += 1;
                let v = (self.calculation)(arg);
                self.value = Some((arg, v));
                v
            }
        }
    }
}

fn main() {
    let mut c = Cacher::new(|n| n * n + 1);
    println!("{} {} {} {}", c.value(3), c.value(3), c.value(4), c.value(4));
    println!("calls = {}", c.calls);
}

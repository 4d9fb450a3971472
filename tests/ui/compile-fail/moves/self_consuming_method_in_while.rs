//@ compile-fail
// A method taking `self` consumes the value; calling it in a loop uses it after the move.
struct Counter {
    n: u32,
}

impl Counter {
    fn finish(self) -> u32 {
        self.n
    }
}

fn main() {
    let c = Counter { n: 1 };
    let mut t = 0;
    while t < 3 {
        t += c.finish(); //~ ERROR E0382
    }
    println!("{}", t);
}

//@ compile-fail
// Implementing Iterator::next with `&self` instead of `&mut self`.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&self) -> Option<u32> { //~ ERROR E0053
        if self.n == 0 { None } else { Some(self.n) }
    }
}

fn main() {
    let c = Countdown { n: 3 };
    println!("{}", c.n);
}

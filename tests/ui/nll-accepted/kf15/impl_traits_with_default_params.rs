// `impl PartialEq for P` and `impl Add for P` need no arguments: their `Rhs` defaults to `Self`; `From<u8>` is written.
use std::ops::Add;
#[derive(Debug, Clone, Copy)]
struct P(i32);
impl PartialEq for P {
    fn eq(&self, other: &P) -> bool {
        self.0 == other.0
    }
}
impl Add for P {
    type Output = P;
    fn add(self, o: P) -> P {
        P(self.0 + o.0)
    }
}
impl From<u8> for P {
    fn from(x: u8) -> P {
        P(x as i32)
    }
}
fn main() {
    let p = P(1) + P::from(2);
    println!("{:?} {}", p, p == P(3));
}

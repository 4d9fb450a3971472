//@ compile-fail
// `self` in an associated function without a `self` parameter is E0424.
struct Counter {
    n: u32,
}
impl Counter {
    fn current() -> u32 {
        self.n //~ ERROR E0424
    }
}
fn main() {
    let c = Counter { n: 3 };
    println!("{} {}", Counter::current(), c.n);
}

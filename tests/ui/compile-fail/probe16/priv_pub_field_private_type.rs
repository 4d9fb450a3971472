//@ compile-fail
// A private struct's method called from outside via a public fn returning it (E0624).
mod m {
    pub struct Counter { n: u32 }
    impl Counter { fn bump(&mut self) { self.n += 1; } pub fn get(&self) -> u32 { self.n } }
    pub fn make() -> Counter { Counter { n: 0 } }
}
fn main() {
    let mut c = m::make();
    c.bump(); //~ ERROR E0624
    println!("{}", c.get());
}

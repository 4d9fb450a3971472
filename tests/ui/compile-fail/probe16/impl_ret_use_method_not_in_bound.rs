//@ compile-fail
// A method of the hidden type called on an opaque impl Trait (E0599).
struct Counter { n: u32 }
impl Counter { fn reset(&mut self) { self.n = 0; } }
impl Iterator for Counter { type Item = u32; fn next(&mut self) -> Option<u32> { self.n += 1; Some(self.n) } }
fn make() -> impl Iterator<Item = u32> { Counter { n: 0 } }
fn main() {
    let mut c = make();
    c.reset(); //~ ERROR E0599
}

//@ compile-fail
// Associated functions without `self` called with method syntax: the user's `Counter::new`, std's `Rc::strong_count` (E0599).
use std::rc::Rc;
struct Counter { n: u32 }
impl Counter {
    fn new() -> Counter { Counter { n: 0 } }
    fn get(&self) -> u32 { self.n }
}
fn main() {
    let c = Counter { n: 1 };
    let d = c.new(); //~ ERROR E0599
    let r = Rc::new(String::new());
    println!("{} {} {}", c.get(), d.get(), r.strong_count()); //~ ERROR E0599
}

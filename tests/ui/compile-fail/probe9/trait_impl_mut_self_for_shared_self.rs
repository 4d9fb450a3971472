//@ compile-fail
// The trait's `&self` method cannot be implemented with `&mut self`: callers hold only a shared borrow.
trait Show {
    fn show(&self) -> String;
}
struct Counter {
    n: u32,
}
impl Show for Counter {
    fn show(&mut self) -> String { //~ ERROR E0053
        self.n += 1;
        format!("{}", self.n)
    }
}
fn main() {
    let c = Counter { n: 0 };
    println!("{}", c.show());
}

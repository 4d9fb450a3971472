//@ compile-fail
// Assigning a field in a `&self` method.
struct C { n: i32 }
impl C {
    fn inc(&self) { self.n += 1; } //~ ERROR E0594
}
fn main() {
    let c = C { n: 0 };
    c.inc();
}

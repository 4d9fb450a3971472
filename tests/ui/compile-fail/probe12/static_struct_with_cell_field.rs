//@ compile-fail
// A `static` of a struct with a `Cell` field: the struct is not `Sync`.
use std::cell::Cell;
struct Counter {
    n: Cell<u32>,
}
static COUNTER: Counter = Counter { n: Cell::new(0) }; //~ ERROR E0277
fn main() {
    COUNTER.n.set(5);
    println!("{}", COUNTER.n.get());
}

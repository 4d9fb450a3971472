//@ compile-fail
// Cell::get on a Cell<Vec<u32>> (E0599).
use std::cell::Cell;
struct Counter { hits: Cell<Vec<u32>> }
fn main() {
    let c = Counter { hits: Cell::new(vec![]) };
    println!("{}", c.hits.get().len()); //~ ERROR E0599
}

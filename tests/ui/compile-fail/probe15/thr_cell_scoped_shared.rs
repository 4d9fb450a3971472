//@ compile-fail
// A &Cell shared with a scoped thread (E0277, Cell is not Sync).
use std::cell::Cell;
use std::thread;
fn main() {
    let c = Cell::new(1);
    thread::scope(|s| {
        s.spawn(|| c.set(2)); //~ ERROR E0277
    });
    println!("{}", c.get());
}

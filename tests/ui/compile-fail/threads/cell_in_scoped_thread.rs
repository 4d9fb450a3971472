//@ compile-fail
// Even a scoped thread cannot share a `&Cell` between threads: Cell is not Sync.
use std::cell::Cell;
use std::thread;

fn main() {
    let hits = Cell::new(0);
    thread::scope(|s| {
        s.spawn(|| hits.set(hits.get() + 1)); //~ ERROR E0277
    });
    println!("{}", hits.get());
}

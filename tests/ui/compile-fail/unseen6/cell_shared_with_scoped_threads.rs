//@ compile-fail
// A Cell is not Sync: scoped threads cannot share a reference to it.
use std::cell::Cell;
use std::thread;

fn main() {
    let hits = Cell::new(0);
    thread::scope(|s| {
        s.spawn(|| hits.set(hits.get() + 1)); //~ ERROR E0277
    });
    println!("{}", hits.get());
}

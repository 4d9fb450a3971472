//@ compile-fail
// Constants with a destructor or interior mutability are not promoted: their borrows are temporaries.
use std::cell::Cell;

const EMPTY: Vec<i32> = Vec::new();
const COUNTER: Cell<i32> = Cell::new(0);

struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {}
}

fn empty() -> &'static Vec<i32> {
    &EMPTY //~ ERROR E0515
}

fn counter() -> &'static Cell<i32> {
    &COUNTER //~ ERROR E0515
}

fn noisy() -> &'static Noisy {
    &Noisy //~ ERROR E0515
}

fn main() {
    println!("{} {}", empty().len(), counter().get());
    let _n = noisy();
}

// A `const` of a `Cell<u32>` is allowed (each use is a fresh value).
use std::cell::Cell;
const START: Cell<u32> = Cell::new(3);
fn main() {
    let c = START;
    c.set(c.get() + 1);
    println!("{} {}", c.get(), START.get());
}

//@ compile-fail
// `Cell<&'static str>` set to a local's borrow.
use std::cell::Cell;
fn main() {
    let c: Cell<&'static str> = Cell::new("a");
    let s = String::from("b");
    c.set(&s); //~ ERROR E0597
    println!("{}", c.get());
}

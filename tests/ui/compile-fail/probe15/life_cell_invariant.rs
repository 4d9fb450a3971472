//@ compile-fail
// Cell<&'static str> given a shorter borrow through set (E0597).
use std::cell::Cell;
fn main() {
    let c: Cell<&'static str> = Cell::new("a");
    let s = String::from("b");
    c.set(&s); //~ ERROR E0597
    println!("{}", c.get());
}

//@ compile-fail
// Cell::get on a Cell<String> (E0599).
use std::cell::Cell;
fn main() {
    let c = Cell::new(String::from("a"));
    let s = c.get(); //~ ERROR E0599
    println!("{}", s);
}

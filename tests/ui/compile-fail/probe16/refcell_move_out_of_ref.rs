//@ compile-fail
// Moving a String out of a Ref (E0507).
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(String::from("a"));
    let s: String = *c.borrow(); //~ ERROR E0507
    println!("{}", s);
}

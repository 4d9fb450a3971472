//@ compile-fail
// Moving a String out of an Rc (E0507).
use std::rc::Rc;
fn main() {
    let r = Rc::new(String::from("a"));
    let s: String = *r; //~ ERROR E0507
    println!("{}", s);
}

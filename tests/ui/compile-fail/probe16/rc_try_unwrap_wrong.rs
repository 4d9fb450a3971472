//@ compile-fail
// Rc::try_unwrap's Result used as the inner value (E0308).
use std::rc::Rc;
fn main() {
    let r = Rc::new(String::from("a"));
    let s: String = Rc::try_unwrap(r); //~ ERROR E0308
    println!("{}", s);
}

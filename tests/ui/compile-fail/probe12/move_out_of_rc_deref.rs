//@ compile-fail
// `let s = *rc;` moves out of an `Rc` (E0507).
use std::rc::Rc;
fn main() {
    let rc = Rc::new(String::from("a"));
    let s = *rc; //~ ERROR E0507
    println!("{s}");
}

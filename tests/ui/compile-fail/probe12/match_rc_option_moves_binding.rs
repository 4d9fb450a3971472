//@ compile-fail
// Matching `*rc` with a by-value binding of a `String` (E0507).
use std::rc::Rc;
fn main() {
    let rc = Rc::new(Some(String::from("a")));
    match *rc { //~ ERROR E0507
        Some(s) => println!("{s}"),
        None => {}
    }
}

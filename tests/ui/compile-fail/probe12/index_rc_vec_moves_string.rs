//@ compile-fail
// `rc[0]` of an `Rc<Vec<String>>` moved into a binding (E0507).
use std::rc::Rc;
fn main() {
    let rc = Rc::new(vec![String::from("a")]);
    let s = rc[0]; //~ ERROR E0507
    println!("{s}");
}

//@ compile-fail
// Calling clone() on a T without Clone reached through an Rc (E0599).
use std::rc::Rc;
struct P;
fn main() {
    let r = Rc::new(P);
    let p: P = (*r).clone(); //~ ERROR E0599
    let _ = p;
}

//@ compile-fail
// r.downgrade() is not a method: Rc::downgrade(&r) (E0599).
use std::rc::Rc;
fn main() {
    let r = Rc::new(5);
    let w = r.downgrade(); //~ ERROR E0599
    let _ = w;
}

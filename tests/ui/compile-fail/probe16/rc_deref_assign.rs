//@ compile-fail
// `*rc += 1` on an Rc<i32> (E0594).
use std::rc::Rc;
fn main() {
    let r = Rc::new(5);
    *r += 1; //~ ERROR E0594
    println!("{}", r);
}

//@ compile-fail
// Assigning a field through an Rc without RefCell (E0594).
use std::rc::Rc;
struct P { n: u32 }
fn main() {
    let r = Rc::new(P { n: 1 });
    r.n = 2; //~ ERROR E0594
    println!("{}", r.n);
}

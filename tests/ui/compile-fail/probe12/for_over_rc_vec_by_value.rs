//@ compile-fail
// `for s in *rc` moves the `Vec` out of the `Rc` (E0507).
use std::rc::Rc;
fn main() {
    let rc = Rc::new(vec![String::from("a")]);
    for s in *rc { //~ ERROR E0507
        println!("{s}");
    }
}

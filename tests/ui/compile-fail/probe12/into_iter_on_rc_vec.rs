//@ compile-fail
// `rc.into_iter()` on an `Rc<Vec<String>>` moves out of the `Rc` (E0507).
use std::rc::Rc;
fn main() {
    let rc = Rc::new(vec![String::from("a")]);
    let v: Vec<String> = rc.into_iter().collect(); //~ ERROR E0507
    println!("{}", v.len());
}

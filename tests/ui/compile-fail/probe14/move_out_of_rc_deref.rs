//@ compile-fail
// `*rc` moves a String out of an Rc.
use std::rc::Rc;
fn main() {
    let rc = Rc::new(String::from("a"));
    let s: String = *rc; //~ ERROR E0507
    println!("{}", s);
}

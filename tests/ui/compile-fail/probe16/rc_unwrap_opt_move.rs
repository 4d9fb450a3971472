//@ compile-fail
// Option::unwrap on an Option<String> inside an Rc (E0507).
use std::rc::Rc;
fn main() {
    let r = Rc::new(Some(String::from("x")));
    let s = r.unwrap(); //~ ERROR E0507
    println!("{}", s);
}

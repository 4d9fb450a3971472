//@ compile-fail
// The text inside an Rc<str> is made uppercase in place.
use std::rc::Rc;

fn main() {
    let shared: Rc<str> = Rc::from("abc");
    shared.make_ascii_uppercase(); //~ ERROR E0596
    println!("{}", shared);
}

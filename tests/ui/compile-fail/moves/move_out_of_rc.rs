//@ compile-fail
// An Rc only gives shared access; its contents cannot be moved out.
use std::rc::Rc;

fn main() {
    let rc = Rc::new(String::from("inside"));
    let s: String = *rc; //~ ERROR E0507
    println!("{}", s);
}

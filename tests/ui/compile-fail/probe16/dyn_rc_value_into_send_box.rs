//@ compile-fail
// A closure capturing an Rc coerced to Box<dyn Fn() + Send> (E0277).
use std::rc::Rc;
fn main() {
    let r = Rc::new(5);
    let f: Box<dyn Fn() + Send> = Box::new(move || println!("{}", r)); //~ ERROR E0277
    f();
}

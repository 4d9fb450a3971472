//@ compile-fail
// Calling push on a Vec inside an Rc (E0596).
use std::rc::Rc;
fn main() {
    let r = Rc::new(vec![1]);
    r.push(2); //~ ERROR E0596
    println!("{}", r.len());
}

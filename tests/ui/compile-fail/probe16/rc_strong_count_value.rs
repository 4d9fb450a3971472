//@ compile-fail
// Rc::strong_count given the Rc by value (E0308).
use std::rc::Rc;
fn main() {
    let a = Rc::new(1);
    println!("{}", Rc::strong_count(a)); //~ ERROR E0308
}

//@ compile-fail
// Moving an Rc without clone() transfers the handle instead of sharing it.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = a;
    println!("{}", b);
    println!("{}", Rc::strong_count(&a)); //~ ERROR E0382
}

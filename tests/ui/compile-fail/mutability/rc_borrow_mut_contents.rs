//@ compile-fail
// An Rc gives shared access only; mutating through it needs RefCell.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2]);
    shared.push(3); //~ ERROR E0596
    println!("{:?}", shared);
}

//@ compile-fail
// An Rc gives shared access only: pushing into the vector inside needs a RefCell.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&shared);
    other.push(4); //~ ERROR E0596
    println!("{:?}", shared);
}

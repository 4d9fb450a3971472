//@ compile-fail
// The String inside an Rc is taken out with a plain dereference.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("shared notes"));
    let other = Rc::clone(&shared);
    let mine: String = *shared; //~ ERROR E0507
    println!("{} {}", mine, other);
}

//@ compile-fail
// Moving a String out of an Rc by dereferencing it.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("config"));
    let other = Rc::clone(&shared);
    let owned: String = *shared; //~ ERROR E0507
    println!("{} {}", owned, other);
}

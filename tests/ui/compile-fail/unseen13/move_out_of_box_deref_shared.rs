//@ compile-fail
// A String is moved out from behind an Rc.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("partage"));
    let owned: String = *shared; //~ ERROR E0507
    println!("{}", owned);
}

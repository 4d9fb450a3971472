//@ compile-fail
// Matching on *rc and moving a String out of it (E0507).
use std::rc::Rc;
enum E { A(String), B }
fn main() {
    let r = Rc::new(E::A(String::from("x")));
    match *r { //~ ERROR E0507
        E::A(s) => println!("{}", s),
        E::B => {}
    }
}

//@ compile-fail
// Moving a field out of an Rc.
use std::rc::Rc;

struct Conf {
    name: String,
}

fn main() {
    let c = Rc::new(Conf { name: String::from("c") });
    let n = c.name; //~ ERROR E0507
    println!("{}", n);
}

//@ compile-fail
// A String is given to Rc::from (Rc<str>) and then printed.
use std::rc::Rc;

fn main() {
    let name = String::from("partage");
    let shared: Rc<str> = Rc::from(name);
    println!("{} {}", shared, name); //~ ERROR E0382
}

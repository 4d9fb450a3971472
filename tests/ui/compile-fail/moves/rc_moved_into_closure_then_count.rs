//@ compile-fail
// A `move` closure takes the Rc itself, not a clone: counting it afterwards uses a moved value.
use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let f = move || println!("{}", a);
    f();
    println!("{}", Rc::strong_count(&a)); //~ ERROR E0382
}

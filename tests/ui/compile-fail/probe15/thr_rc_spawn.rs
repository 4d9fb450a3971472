//@ compile-fail
// An Rc moved into thread::spawn (E0277, Rc is not Send).
use std::rc::Rc;
use std::thread;
fn main() {
    let r = Rc::new(1);
    let h = thread::spawn(move || println!("{}", r)); //~ ERROR E0277
    h.join().unwrap();
}

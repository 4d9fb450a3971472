//@ compile-fail
// An Rc cannot be sent to another thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let r = Rc::new(5);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", r);
    });
    h.join().unwrap();
}

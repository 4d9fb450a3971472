//@ compile-fail
// Sending an `Rc` into `thread::spawn`.
use std::rc::Rc;
use std::thread;
fn main() {
    let rc = Rc::new(5);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", rc);
    });
    h.join().unwrap();
}

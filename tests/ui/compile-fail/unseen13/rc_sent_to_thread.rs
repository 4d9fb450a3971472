//@ compile-fail
// An Rc (non-atomic count) is moved into a thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(5);
    let c = Rc::clone(&shared);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", c);
    });
    h.join().unwrap();
}

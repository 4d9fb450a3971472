//@ compile-fail
// An Rc counter is moved into a thread; Rc is not Send.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(5);
    let copy = Rc::clone(&shared);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", copy);
    });
    h.join().unwrap();
    println!("{}", shared);
}

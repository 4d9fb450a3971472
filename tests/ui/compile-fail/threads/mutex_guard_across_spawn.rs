//@ compile-fail
// Sending an Rc inside a Mutex does not make it Send.
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(Rc::new(1)));
    let m2 = Arc::clone(&m);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", m2.lock().unwrap());
    });
    h.join().unwrap();
}

//@ compile-fail
// Arc<Mutex<Rc<i32>>> sent to a thread (E0277, Rc is not Send).
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(Rc::new(1)));
    let m2 = Arc::clone(&m);
    let h = thread::spawn(move || println!("{}", m2.lock().unwrap())); //~ ERROR E0277
    h.join().unwrap();
}

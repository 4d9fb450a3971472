//@ compile-fail
// A MutexGuard is moved into another thread.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(0));
    let guard = m.lock().unwrap();
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", *guard);
    });
    h.join().unwrap();
}

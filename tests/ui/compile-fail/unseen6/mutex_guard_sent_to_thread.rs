//@ compile-fail
// A MutexGuard is not Send, so it cannot be moved into a spawned thread.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2]));
    let guard = data.lock().unwrap();
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{:?}", *guard);
    });
    h.join().unwrap();
}

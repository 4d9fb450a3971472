//@ compile-fail
// A `MutexGuard` moved into a spawned scoped thread.
use std::sync::Mutex;
use std::thread;
fn main() {
    let m = Mutex::new(1);
    let g = m.lock().unwrap();
    thread::scope(|s| {
        s.spawn(move || { //~ ERROR E0277
            println!("{}", *g);
        });
    });
}

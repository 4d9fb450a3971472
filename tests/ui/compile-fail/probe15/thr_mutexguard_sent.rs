//@ compile-fail
// A MutexGuard moved into a scoped thread (E0277, MutexGuard is not Send).
use std::sync::Mutex;
use std::thread;
fn main() {
    let m = Mutex::new(1);
    let g = m.lock().unwrap();
    thread::scope(|s| {
        s.spawn(move || println!("{}", *g)); //~ ERROR E0277
    });
}

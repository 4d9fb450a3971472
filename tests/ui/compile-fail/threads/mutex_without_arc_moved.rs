//@ compile-fail
// A Mutex moved into the first thread cannot be used by the second.
use std::sync::Mutex;
use std::thread;

fn main() {
    let m = Mutex::new(0);
    let h1 = thread::spawn(move || {
        *m.lock().unwrap() += 1;
    });
    let h2 = thread::spawn(move || { //~ ERROR E0382
        *m.lock().unwrap() += 1;
    });
    h1.join().unwrap();
    h2.join().unwrap();
}

//@ compile-fail
// A Mutex without Arc moved into a thread inside a loop (E0382)
use std::sync::Mutex;
use std::thread;

fn main() {
    let counter = Mutex::new(0);
    let mut handles = vec![];
    for _ in 0..3 {
        let h = thread::spawn(move || { //~ ERROR E0382
            *counter.lock().unwrap() += 1;
        });
        handles.push(h);
    }
    for h in handles {
        h.join().unwrap();
    }
}

//@ compile-fail
// An Arc<Mutex> moved into the first spawned thread and used again in the next iteration.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..4 {
        let h = thread::spawn(move || { //~ ERROR E0382
            *counter.lock().unwrap() += 1;
        });
        handles.push(h);
    }
    for h in handles {
        h.join().unwrap();
    }
}

// Threads push into a shared Mutex<Vec>; the result is sorted before printing.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..5)
        .map(|i| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.lock().unwrap().push(i * i))
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut v = shared.lock().unwrap().clone();
    v.sort();
    println!("{v:?}");
}

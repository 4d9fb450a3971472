// Arc<Mutex<..>> shared with threads and joined.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(0));
    let mut hs = Vec::new();
    for _ in 0..3 {
        let m = Arc::clone(&m);
        hs.push(thread::spawn(move || *m.lock().unwrap() += 1));
    }
    for h in hs { h.join().unwrap(); }
    println!("{}", m.lock().unwrap());
}

// Arc<Mutex<_>> shares a counter and a log between threads; the totals do not depend on scheduling.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0_u64));
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for worker in 0..4_u64 {
        let counter = Arc::clone(&counter);
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for i in 1..=100 {
                *counter.lock().unwrap() += i;
            }
            log.lock().unwrap().push(format!("worker {} done", worker));
            worker * 10
        }));
    }
    println!("strong count while running: at least 1: {}", Arc::strong_count(&counter) >= 1);
    let mut returned: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    returned.sort();
    println!("returned {:?}", returned);
    println!("counter {}", *counter.lock().unwrap());
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    for e in &entries {
        println!("{}", e);
    }
    println!("strong count after join: {}", Arc::strong_count(&counter));
}

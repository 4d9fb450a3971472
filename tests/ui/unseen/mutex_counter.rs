// Chapter 16: shared state with Arc<Mutex<T>> across ten threads.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
        });
        handles.push(handle);
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("Result: {}", *counter.lock().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..3)
        .map(|id| {
            let log = Arc::clone(&log);
            thread::spawn(move || {
                for j in 0..2 {
                    log.lock().unwrap().push(id * 10 + j);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    println!("{:?} strong={}", entries, Arc::strong_count(&log));
    let m = Mutex::new(5);
    {
        let mut num = m.lock().unwrap();
        *num = 6;
    }
    println!("m = {:?}", m.lock().unwrap());
}

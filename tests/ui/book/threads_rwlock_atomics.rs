// Concurrency: RwLock readers/writer, AtomicBool flag, Arc<Vec> shared read-only, join results in order.
//@ no-stats
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let config = Arc::new(RwLock::new(vec![1u64, 2, 3]));
    let total = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let config = Arc::clone(&config);
            let total = Arc::clone(&total);
            thread::spawn(move || {
                let v = config.read().unwrap();
                let s: u64 = v.iter().sum::<u64>() * (i + 1);
                total.fetch_add(s, Ordering::SeqCst);
                s
            })
        })
        .collect();
    let results: Vec<u64> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?} total {}", results, total.load(Ordering::SeqCst));
    {
        let mut w = config.write().unwrap();
        w.push(4);
    }
    let flag = Arc::clone(&done);
    let writer = thread::spawn(move || {
        flag.store(true, Ordering::SeqCst);
        "wrote"
    });
    println!("{}", writer.join().unwrap());
    println!("done {}", done.load(Ordering::SeqCst));
    println!("{:?}", *config.read().unwrap());
    let data = Arc::new((1..=20).collect::<Vec<u32>>());
    let evens = {
        let data = Arc::clone(&data);
        thread::spawn(move || data.iter().filter(|x| *x % 2 == 0).count())
    };
    let odds = {
        let data = Arc::clone(&data);
        thread::spawn(move || data.iter().filter(|x| *x % 2 == 1).count())
    };
    println!("{} {}", evens.join().unwrap(), odds.join().unwrap());
    println!("arc count {}", Arc::strong_count(&data));
}

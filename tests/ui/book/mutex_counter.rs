// Concurrency: Arc<Mutex<T>> counter across threads, scoped threads borrowing, lock in a block.
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
    println!("strong {}", Arc::strong_count(&counter));
    let m = Mutex::new(vec![5]);
    {
        let mut guard = m.lock().unwrap();
        guard.push(6);
    }
    println!("m = {:?}", m.lock().unwrap());
    let mut data = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = data.split_at_mut(3);
    thread::scope(|s| {
        s.spawn(|| {
            for x in left.iter_mut() {
                *x *= 10;
            }
        });
        s.spawn(|| {
            for x in right.iter_mut() {
                *x += 1;
            }
        });
    });
    println!("{:?}", data);
    let shared = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.lock().unwrap().push(i))
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let mut v = shared.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
    let total = thread::scope(|s| {
        let h1 = s.spawn(|| data.iter().take(3).sum::<i32>());
        let h2 = s.spawn(|| data.iter().skip(3).sum::<i32>());
        h1.join().unwrap() + h2.join().unwrap()
    });
    println!("total {total}");
}

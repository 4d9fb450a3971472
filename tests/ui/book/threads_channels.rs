// Concurrency: spawn with move, join handles returning values, mpsc channel with several producers.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        let s: i32 = v.iter().sum();
        s * 10
    });
    println!("thread returned {}", handle.join().unwrap());
    let handles: Vec<_> = (0..4)
        .map(|i| thread::spawn(move || i * i))
        .collect();
    let squares: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", squares);
    let (tx, rx) = mpsc::channel();
    let tx1 = tx.clone();
    thread::spawn(move || {
        for s in ["hi", "from", "the", "thread"] {
            tx1.send(s.to_string()).unwrap();
        }
    });
    thread::spawn(move || {
        for s in ["more", "messages"] {
            tx.send(s.to_string()).unwrap();
        }
    });
    let mut got: Vec<String> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
    let (tx, rx) = mpsc::channel::<u64>();
    let producer = thread::spawn(move || {
        let mut acc = 1u64;
        for i in 1..=10 {
            acc *= i;
            tx.send(acc).unwrap();
        }
    });
    producer.join().unwrap();
    let total: u64 = rx.try_iter().sum();
    println!("sum of factorials {}", total);
}

// Concurrency: a two-stage pipeline with channels, sync_channel, moving Vec data between threads.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx_nums, rx_nums) = mpsc::channel::<u32>();
    let (tx_sq, rx_sq) = mpsc::channel::<(u32, u32)>();
    let producer = thread::spawn(move || {
        for n in 1..=6 {
            tx_nums.send(n).unwrap();
        }
    });
    let squarer = thread::spawn(move || {
        for n in rx_nums {
            tx_sq.send((n, n * n)).unwrap();
        }
    });
    producer.join().unwrap();
    squarer.join().unwrap();
    let mut results: Vec<(u32, u32)> = rx_sq.iter().collect();
    results.sort();
    println!("{:?}", results);
    let (tx, rx) = mpsc::sync_channel::<Vec<String>>(1);
    let h = thread::spawn(move || {
        let batch = vec!["a".to_string(), "b".to_string()];
        tx.send(batch).unwrap();
        tx.send(vec!["c".to_string()]).unwrap();
    });
    let mut all = Vec::new();
    for batch in rx.iter() {
        all.extend(batch);
    }
    h.join().unwrap();
    println!("{:?}", all);
    let (tx, rx) = mpsc::channel::<i32>();
    drop(tx);
    println!("{:?}", rx.recv().is_err());
    let words = vec!["alpha", "beta", "gamma", "delta"];
    let handles: Vec<thread::JoinHandle<usize>> = words
        .into_iter()
        .map(|w| thread::spawn(move || w.len()))
        .collect();
    let lens: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?} total {}", lens, lens.iter().sum::<usize>());
}

// Concurrency: thread::scope splitting work over chunks, Mutex<HashMap>, AtomicUsize counter.
//@ no-stats
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

fn main() {
    let data: Vec<u64> = (1..=100).collect();
    let partials: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = data.chunks(25).map(|c| s.spawn(move || c.iter().sum::<u64>())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{:?} => {}", partials, partials.iter().sum::<u64>());
    let counter = AtomicUsize::new(0);
    let tally = Mutex::new(HashMap::new());
    let text = ["apple banana", "banana cherry", "cherry apple apple"];
    thread::scope(|s| {
        for line in &text {
            let counter = &counter;
            let tally = &tally;
            s.spawn(move || {
                for w in line.split(' ') {
                    counter.fetch_add(1, Ordering::SeqCst);
                    *tally.lock().unwrap().entry(w.to_string()).or_insert(0) += 1;
                }
            });
        }
    });
    println!("words {}", counter.load(Ordering::SeqCst));
    let map = tally.into_inner().unwrap();
    let mut entries: Vec<(String, i32)> = map.into_iter().collect();
    entries.sort();
    println!("{:?}", entries);
    let mut grid = vec![vec![0u32; 4]; 3];
    thread::scope(|s| {
        for (i, row) in grid.iter_mut().enumerate() {
            s.spawn(move || {
                for (j, cell) in row.iter_mut().enumerate() {
                    *cell = (i * 10 + j) as u32;
                }
            });
        }
    });
    println!("{:?}", grid);
}

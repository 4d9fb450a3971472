// Worker threads sending results over an mpsc channel; the main thread sorts them before printing.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let ranges = vec![(1u64, 50u64), (50, 100), (100, 150), (150, 200)];
    let mut handles = Vec::new();
    for (id, (lo, hi)) in ranges.into_iter().enumerate() {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let primes: Vec<u64> = (lo..hi).filter(|&n| is_prime(n)).collect();
            let count = primes.len();
            tx.send((id, primes)).unwrap();
            count
        }));
    }
    drop(tx);

    let mut results: Vec<(usize, Vec<u64>)> = rx.iter().collect();
    results.sort_by_key(|r| r.0);
    for (id, primes) in &results {
        println!("worker {id}: {} primes, last {:?}", primes.len(), primes.last());
    }
    let counts: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("counts from join: {:?}", counts);
    let all: Vec<u64> = results.into_iter().flat_map(|(_, p)| p).collect();
    println!("total {} primes below 200, sum {}", all.len(), all.iter().sum::<u64>());
    println!("twin pairs: {}", all.windows(2).filter(|w| w[1] - w[0] == 2).count());
}

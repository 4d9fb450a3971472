// Worker threads sum squares over ranges, logging into an Arc<Mutex<Vec<String>>> and returning results by join.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let limit: u64 = 10_000;
    let workers = 4;
    let chunk = limit / workers;
    let mut handles = Vec::new();
    for w in 0..workers {
        let log = Arc::clone(&log);
        let start = w * chunk + 1;
        let end = if w == workers - 1 { limit } else { (w + 1) * chunk };
        handles.push(thread::spawn(move || {
            let sum: u64 = (start..=end).map(|x| x * x).sum();
            log.lock().unwrap().push(format!("worker {} did {}..={}", w, start, end));
            sum
        }));
    }
    let partials: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let total: u64 = partials.iter().sum();
    let formula = limit * (limit + 1) * (2 * limit + 1) / 6;
    println!("partials: {:?}", partials);
    println!("total {} formula {} equal {}", total, formula, total == formula);
    let mut lines = log.lock().unwrap().clone();
    lines.sort();
    for l in &lines {
        println!("{}", l);
    }
    println!("strong refs left: {}", Arc::strong_count(&log));
    let counter = Arc::new(Mutex::new(0u32));
    let hs: Vec<_> = (0..8)
        .map(|i| {
            let c = Arc::clone(&counter);
            thread::spawn(move || {
                let mut g = c.lock().unwrap();
                *g += i;
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("counter = {}", *counter.lock().unwrap());
}

// Workers take jobs from an Arc<Mutex<Vec<_>>> until it is empty and add results to a shared total.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

struct Stats {
    done: Vec<(u32, u64)>,
    checksum: u64,
}

fn work(n: u32) -> u64 {
    (1..=n as u64).map(|k| k * k).sum()
}

fn main() {
    let jobs: Arc<Mutex<Vec<u32>>> = Arc::new(Mutex::new((1..=12).rev().collect()));
    let stats = Arc::new(Mutex::new(Stats { done: Vec::new(), checksum: 0 }));
    let mut handles = Vec::new();
    for id in 0..3 {
        let jobs = Arc::clone(&jobs);
        let stats = Arc::clone(&stats);
        handles.push(thread::spawn(move || {
            let mut mine = 0;
            loop {
                let job = {
                    let mut q = jobs.lock().unwrap();
                    q.pop()
                };
                let Some(n) = job else { break };
                let r = work(n);
                let mut s = stats.lock().unwrap();
                s.done.push((n, r));
                s.checksum += r;
                mine += 1;
            }
            (id, mine)
        }));
    }
    let mut per_worker = 0;
    for h in handles {
        let (_id, mine) = h.join().unwrap();
        per_worker += mine;
    }
    let mut s = stats.lock().unwrap();
    s.done.sort();
    println!("jobs done: {} (counted by workers: {})", s.done.len(), per_worker);
    for (n, r) in s.done.iter().take(4) {
        println!("  sum of squares to {:>2} = {}", n, r);
    }
    println!("checksum {}", s.checksum);
    println!("queue empty: {}", jobs.lock().unwrap().is_empty());
    println!("strong counts: jobs {}, stats {}", Arc::strong_count(&jobs), Arc::strong_count(&stats));
}

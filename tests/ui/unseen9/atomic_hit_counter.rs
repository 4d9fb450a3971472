// Threads count page hits with an AtomicUsize and record per-page totals in a Mutex<HashMap>; totals are compared at the end.
//@ no-stats
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let requests: Vec<Vec<&'static str>> = vec![
        vec!["/", "/about", "/", "/blog"],
        vec!["/blog", "/blog", "/contact"],
        vec!["/", "/", "/", "/about", "/blog"],
        vec!["/contact"],
    ];
    let total = Arc::new(AtomicUsize::new(0));
    let per_page = Arc::new(Mutex::new(HashMap::new()));

    let handles: Vec<_> = requests
        .into_iter()
        .enumerate()
        .map(|(worker, batch)| {
            let total = Arc::clone(&total);
            let per_page = Arc::clone(&per_page);
            thread::spawn(move || {
                for page in &batch {
                    total.fetch_add(1, Ordering::SeqCst);
                    let mut map = per_page.lock().unwrap();
                    *map.entry(*page).or_insert(0usize) += 1;
                }
                (worker, batch.len())
            })
        })
        .collect();

    let mut served = Vec::new();
    for h in handles {
        served.push(h.join().expect("worker panicked"));
    }
    served.sort();
    for (w, n) in &served {
        println!("worker {} served {} requests", w, n);
    }

    let map = per_page.lock().unwrap();
    let mut pages: Vec<(&&str, &usize)> = map.iter().collect();
    pages.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (page, n) in &pages {
        println!("{:<10}{:>3} {}", page, n, "*".repeat(**n));
    }
    let sum: usize = map.values().sum();
    println!("atomic total {} / map total {}", total.load(Ordering::SeqCst), sum);
}

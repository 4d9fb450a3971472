// A map closure clones captured Arcs into spawned threads: the Mutex<HashMap<&'static str, _>> holds only string
// literals, so the requirement that the clones be `'static` holds, and the counters are read after the joins.
//@ no-stats
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let batches = vec![vec!["/", "/a"], vec!["/b", "/"]];
    let total = Arc::new(AtomicUsize::new(0));
    let per_page = Arc::new(Mutex::new(HashMap::new()));
    let handles: Vec<_> = batches
        .into_iter()
        .map(|batch| {
            let total = Arc::clone(&total);
            let per_page = Arc::clone(&per_page);
            thread::spawn(move || {
                for page in batch {
                    total.fetch_add(1, Ordering::SeqCst);
                    *per_page.lock().unwrap().entry(page).or_insert(0) += 1;
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let map = per_page.lock().unwrap();
    let mut pages: Vec<_> = map.iter().collect();
    pages.sort();
    println!("{} {:?}", total.load(Ordering::SeqCst), pages);
}

// A closure clones a captured Arc into a spawned thread: the HashMap it guards holds only literals inserted by the thread.
//@ no-stats
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let per_page = Arc::new(Mutex::new(HashMap::new()));
    let handles: Vec<_> = (0..2)
        .map(|w| {
            let per_page = Arc::clone(&per_page);
            thread::spawn(move || {
                let mut map = per_page.lock().unwrap();
                *map.entry("x").or_insert(0usize) += w;
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("{:?}", per_page.lock().unwrap().get("x"));
}

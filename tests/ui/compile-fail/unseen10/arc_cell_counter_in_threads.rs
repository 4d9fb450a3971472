//@ compile-fail
// A hit counter in Arc<Cell<u32>> is shared with worker threads, but Cell is not Sync.
use std::cell::Cell;
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(Cell::new(0u32));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let hits = Arc::clone(&hits);
        handles.push(thread::spawn(move || { //~ ERROR E0277
            hits.set(hits.get() + 1);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{}", hits.get());
}

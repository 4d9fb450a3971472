// `static` items of `Sync` types: atomics and a `Mutex`.
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
static HITS: AtomicU32 = AtomicU32::new(0);
static LOG: Mutex<Vec<u32>> = Mutex::new(Vec::new());
fn main() {
    HITS.fetch_add(2, Ordering::SeqCst);
    LOG.lock().unwrap().push(7);
    println!("{} {}", HITS.load(Ordering::SeqCst), LOG.lock().unwrap().len());
}

// An Arc<Mutex<Vec<Box<dyn Fn() -> u32 + Send>>>> shared with a thread.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let jobs: Arc<Mutex<Vec<Box<dyn Fn() -> u32 + Send>>>> = Arc::new(Mutex::new(Vec::new()));
    jobs.lock().unwrap().push(Box::new(|| 2));
    let j = Arc::clone(&jobs);
    let h = thread::spawn(move || j.lock().unwrap().iter().map(|f| f()).sum::<u32>());
    println!("{}", h.join().unwrap());
}

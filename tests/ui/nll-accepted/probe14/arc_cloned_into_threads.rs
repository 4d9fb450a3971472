// Cloning an Arc before moving it into each thread.
//@ no-stats
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(1);
    let a2 = Arc::clone(&a);
    let h1 = thread::spawn(move || *a2 + 1);
    let h2 = thread::spawn(move || *a + 2);
    println!("{}", h1.join().unwrap() + h2.join().unwrap());
}

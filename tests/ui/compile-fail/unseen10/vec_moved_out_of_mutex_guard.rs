//@ compile-fail
// The Vec inside an Arc<Mutex<..>> is moved out through the lock guard by dereferencing it.
use std::sync::{Arc, Mutex};

fn main() {
    let pool = Arc::new(Mutex::new(vec![1u32, 2, 3]));
    let seats: Vec<u32> = *pool.lock().unwrap(); //~ ERROR E0507
    println!("{:?} {}", seats, Arc::strong_count(&pool));
}

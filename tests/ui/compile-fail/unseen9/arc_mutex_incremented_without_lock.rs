//@ compile-fail
// A shared counter in Arc<Mutex<i32>> is incremented by dereferencing the Arc, forgetting lock().
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let hits = Arc::new(Mutex::new(0));
    let h = Arc::clone(&hits);
    let t = thread::spawn(move || {
        *h += 1; //~ ERROR E0368
    });
    t.join().unwrap();
    println!("{:?}", hits);
}

//@ compile-fail
// A map closure clones a captured Arc whose Mutex<Vec<&str>> holds a borrow of a local String and moves the
// clone into a spawned thread: that String would have to live for `'static`.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let text = String::from("a b");
    let shared = Arc::new(Mutex::new(vec![text.as_str()])); //~ ERROR E0597
    let handles: Vec<_> = (0..2)
        .map(|i| {
            let s = Arc::clone(&shared);
            thread::spawn(move || s.lock().unwrap().len() + i)
        })
        .collect();
    for h in handles {
        println!("{}", h.join().unwrap());
    }
}

//@ compile-fail
// A spawned thread's closure keeps a clone of an Arc captured by the creating closure, whose Mutex holds a borrow
// of a String that dies at the end of main while the thread may still run.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let name = String::from("w");
    let slot: Arc<Mutex<Option<&str>>> = Arc::new(Mutex::new(None));
    let start = |n: usize| {
        let slot = Arc::clone(&slot);
        thread::spawn(move || {
            let got = slot.lock().unwrap().is_some();
            n + got as usize
        })
    };
    *slot.lock().unwrap() = Some(name.as_str()); //~ ERROR E0597
    println!("{}", start(1).join().unwrap());
}

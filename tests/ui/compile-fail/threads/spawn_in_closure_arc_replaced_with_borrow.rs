//@ compile-fail
// The Arc cloned into spawned threads by a closure is replaced afterwards by one holding a borrow of a local:
// its type's lifetime was required to be `'static` all the same.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let word = String::from("w");
    let mut shared = Arc::new(Mutex::new(Vec::new()));
    let spawn_one = || {
        let s = Arc::clone(&shared);
        thread::spawn(move || s.lock().unwrap().len())
    };
    println!("{}", spawn_one().join().unwrap());
    shared = Arc::new(Mutex::new(vec![word.as_str()])); //~ ERROR E0597
    println!("{:?}", shared.lock().unwrap());
}

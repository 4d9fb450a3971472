//@ compile-fail
// Arc gives shared ownership only; mutating needs a Mutex.
use std::sync::Arc;
use std::thread;

fn main() {
    let counter = Arc::new(0);
    let c = Arc::clone(&counter);
    let h = thread::spawn(move || {
        *c += 1; //~ ERROR E0594
    });
    h.join().unwrap();
    println!("{}", counter);
}

//@ compile-fail
// A thread closure mutating a local counter would borrow it across threads.
use std::thread;

fn main() {
    let mut total = 0;
    let h = thread::spawn(|| { //~ ERROR E0373
        total += 1;
    });
    h.join().unwrap();
}

//@ compile-fail
// A thread closure mutably borrowing a local counter.
use std::thread;

fn main() {
    let mut count = 0;
    let h = thread::spawn(|| { //~ ERROR E0373
        count += 1;
    });
    h.join().unwrap();
    println!("{}", count); //~ ERROR E0502
}

//@ compile-fail
// A spawned thread's closure reads a local threshold by reference (no move).
use std::thread;

fn main() {
    let threshold = 42;
    let handle = thread::spawn(|| { //~ ERROR E0373
        [10, 50, 70].iter().filter(|&&v| v > threshold).count()
    });
    println!("{}", handle.join().unwrap());
}

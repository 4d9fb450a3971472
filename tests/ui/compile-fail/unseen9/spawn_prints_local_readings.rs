//@ compile-fail
// A spawned thread prints a local vector without a move closure.
use std::thread;

fn main() {
    let readings = vec![21.5, 22.0, 19.8];
    let handle = thread::spawn(|| { //~ ERROR E0373
        println!("{:?}", readings);
    });
    handle.join().unwrap();
}

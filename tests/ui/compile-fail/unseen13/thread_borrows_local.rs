//@ compile-fail
// A spawned thread borrows a local Vec that may be freed before it runs.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(|| { //~ ERROR E0373
        println!("{:?}", v);
    });
    h.join().unwrap();
}

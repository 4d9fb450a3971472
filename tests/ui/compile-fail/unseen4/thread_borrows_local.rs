//@ compile-fail
// A spawned thread borrowing a local Vec without move.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| { //~ ERROR E0373
        println!("here's a vector: {:?}", v);
    });
    handle.join().unwrap();
}

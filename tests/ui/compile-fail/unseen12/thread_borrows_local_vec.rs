//@ compile-fail
// A spawned thread prints a local Vec without the `move` keyword.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let h = thread::spawn(|| { //~ ERROR E0373
        println!("{:?}", data);
    });
    h.join().unwrap();
}

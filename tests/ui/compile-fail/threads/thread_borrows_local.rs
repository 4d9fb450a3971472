//@ compile-fail
// A spawned thread may outlive the function, so it cannot borrow a local.
use std::thread;

fn main() {
    let name = String::from("worker");
    let h = thread::spawn(|| println!("hello from {}", name)); //~ ERROR E0373
    h.join().unwrap();
}

//@ compile-fail
// A generic spawner without `T: Send` (E0277).
use std::thread;
fn run<T: 'static + std::fmt::Debug>(t: T) {
    thread::spawn(move || println!("{:?}", t)).join().unwrap(); //~ ERROR E0277
}
fn main() {
    run(1);
}

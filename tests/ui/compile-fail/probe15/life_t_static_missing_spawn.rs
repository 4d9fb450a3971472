//@ compile-fail
// thread::spawn moving a generic T without `T: 'static` (E0310).
use std::thread;
fn run<T: Send + std::fmt::Debug>(t: T) {
    thread::spawn(move || println!("{:?}", t)).join().unwrap(); //~ ERROR E0310
}
fn main() {
    run(1);
}

//@ compile-fail
// `thread::spawn` moving a `T` without `T: Send + 'static`.
use std::thread;
fn run<T: std::fmt::Debug>(x: T) {
    let h = thread::spawn(move || println!("{:?}", x)); //~ ERROR E0277
    h.join().unwrap();
}
fn main() {
    run(1);
}

//@ compile-fail
// An Arc of a reference to a local cannot be sent to a thread.
use std::sync::Arc;
use std::thread;

fn main() {
    let v = vec![1];
    let a = Arc::new(&v); //~ ERROR E0597
    let h = thread::spawn(move || a.len());
    println!("{}", h.join().unwrap());
}

//@ compile-fail
// The same Arc moved into two threads without cloning it first.
use std::sync::Arc;
use std::thread;

fn main() {
    let data = Arc::new(vec![1, 2, 3]);
    let a = thread::spawn(move || data.len());
    let b = thread::spawn(move || data.len()); //~ ERROR E0382
    println!("{} {}", a.join().unwrap(), b.join().unwrap());
}

//@ compile-fail
// The vector moved into the thread's closure cannot be printed after `join`.
use std::thread;

fn main() {
    let mut results = Vec::new();
    let h = thread::spawn(move || {
        results.push(1);
    });
    h.join().unwrap();
    println!("{:?}", results); //~ ERROR E0382
}

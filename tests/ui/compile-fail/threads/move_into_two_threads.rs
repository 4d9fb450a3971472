//@ compile-fail
// The same Vec cannot be moved into two threads; share it with Arc instead.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let a = thread::spawn(move || data.len());
    let b = thread::spawn(move || data.len()); //~ ERROR E0382
    println!("{} {}", a.join().unwrap(), b.join().unwrap());
}

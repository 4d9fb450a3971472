//@ compile-fail
// A vector moved into a spawned thread cannot be used afterwards.
use std::thread;

fn main() {
    let v = vec![1, 2];
    let h = thread::spawn(move || v.len());
    println!("{:?}", v); //~ ERROR E0382
    println!("{}", h.join().unwrap());
}

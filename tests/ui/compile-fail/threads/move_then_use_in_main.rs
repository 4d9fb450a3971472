//@ compile-fail
// After `move` into a thread, main no longer owns the Vec.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || {
        println!("{:?}", v);
    });
    println!("{:?}", v); //~ ERROR E0382
    h.join().unwrap();
}

//@ compile-fail
// `move` moves the reference into the thread, not the vector it points to.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let r = &data; //~ ERROR E0597
    let h = thread::spawn(move || r.len());
    println!("{}", h.join().unwrap());
}

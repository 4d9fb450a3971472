//@ compile-fail
// Moving a Vec into a spawned thread while a reference into it is used afterwards.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let first = &data[0];
    let h = thread::spawn(move || data.len()); //~ ERROR E0505
    println!("first {}", first);
    println!("len {}", h.join().unwrap());
}

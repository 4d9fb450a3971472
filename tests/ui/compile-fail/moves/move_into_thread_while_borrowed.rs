//@ compile-fail
// Moving a Vec into a thread while main still holds a slice of it.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let head = &data[..1];
    let h = thread::spawn(move || data.len()); //~ ERROR E0505
    println!("{:?} {}", head, h.join().unwrap());
}

//@ compile-fail
// A Box<dyn Fn()> (not Send) moved into a thread (E0277).
use std::thread;
fn main() {
    let f: Box<dyn Fn()> = Box::new(|| println!("hi"));
    thread::spawn(move || f()).join().unwrap(); //~ ERROR E0277
}

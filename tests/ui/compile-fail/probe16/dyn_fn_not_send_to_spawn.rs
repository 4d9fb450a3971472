//@ compile-fail
// A Box<dyn Fn()> (not Send) moved into thread::spawn (E0277).
use std::thread;
fn main() {
    let f: Box<dyn Fn()> = Box::new(|| println!("hi"));
    let h = thread::spawn(move || f()); //~ ERROR E0277
    h.join().unwrap();
}

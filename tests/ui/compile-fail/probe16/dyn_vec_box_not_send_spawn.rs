//@ compile-fail
// A Vec<Box<dyn Fn()>> moved into thread::spawn (E0277).
use std::thread;
fn main() {
    let v: Vec<Box<dyn Fn()>> = vec![Box::new(|| println!("a"))];
    let h = thread::spawn(move || { //~ ERROR E0277
        for f in &v { f(); }
    });
    h.join().unwrap();
}

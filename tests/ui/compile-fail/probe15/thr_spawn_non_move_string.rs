//@ compile-fail
// thread::spawn with a non-move closure using a String (E0373).
use std::thread;
fn main() {
    let s = String::from("a");
    let h = thread::spawn(|| println!("{}", s.len())); //~ ERROR E0373
    h.join().unwrap();
}

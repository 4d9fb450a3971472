//@ compile-fail
// thread::spawn with a non-move closure reading a local (E0373).
use std::thread;
fn main() {
    let n = 5;
    let h = thread::spawn(|| n * 2); //~ ERROR E0373
    println!("{}", h.join().unwrap());
}

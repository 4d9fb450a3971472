//@ compile-fail
// thread::spawn with a closure borrowing a local without move (E0373).
use std::thread;
fn main() {
    let v = vec![1, 2];
    let h = thread::spawn(|| println!("{:?}", v)); //~ ERROR E0373
    h.join().unwrap();
}

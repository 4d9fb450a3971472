//@ compile-fail
// Calling push on Mutex::lock()'s Result without unwrap (E0599).
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(vec![1]);
    m.lock().push(2); //~ ERROR E0599
    println!("{:?}", m.lock().unwrap());
}

//@ compile-fail
// The Mutex is dropped while a guard obtained from it is still used.
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1, 2]);
    let mut guard = m.lock().unwrap();
    guard.push(3);
    drop(m); //~ ERROR E0505
    println!("{:?}", guard);
}

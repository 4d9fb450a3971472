//@ compile-fail
// `*m.lock() += 1` without unwrap (E0614).
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(0);
    *m.lock() += 1; //~ ERROR E0614
    println!("{:?}", m.lock().unwrap());
}

//@ compile-fail
// Comparing a Mutex lock Result with an integer (E0369).
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(0);
    if m.lock() == 0 { println!("zero"); } //~ ERROR E0369
}

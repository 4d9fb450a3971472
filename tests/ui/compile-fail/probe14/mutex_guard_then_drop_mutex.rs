//@ compile-fail
// Dropping a Mutex while its guard is alive.
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(1);
    let g = m.lock().unwrap();
    drop(m); //~ ERROR E0505
    println!("{}", *g);
}

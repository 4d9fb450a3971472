//@ compile-fail
// `let v = *guard;` moves out of a `MutexGuard` (E0507).
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(String::from("a"));
    let g = m.lock().unwrap();
    let v = *g; //~ ERROR E0507
    println!("{v}");
}

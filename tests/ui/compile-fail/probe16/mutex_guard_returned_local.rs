//@ compile-fail
// Returning a MutexGuard of a local Mutex (E0515).
use std::sync::{Mutex, MutexGuard};
fn get() -> MutexGuard<'static, u32> {
    let m = Mutex::new(1);
    m.lock().unwrap() //~ ERROR E0515
}
fn main() { println!("{}", *get()); }

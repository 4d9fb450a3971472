//@ compile-fail
// `&m.lock().unwrap()` returned as `&u32` (E0515).
use std::sync::Mutex;
fn peek(m: &Mutex<u32>) -> &u32 {
    &m.lock().unwrap() //~ ERROR E0515
}
fn main() {
    let m = Mutex::new(1);
    println!("{}", peek(&m));
}

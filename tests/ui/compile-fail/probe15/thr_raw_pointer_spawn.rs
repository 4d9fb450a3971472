//@ compile-fail
// A raw pointer moved into thread::spawn (E0277).
use std::thread;
fn main() {
    let x = Box::new(5);
    let p: *const i32 = &*x;
    let h = thread::spawn(move || { //~ ERROR E0277
        let _q = p;
    });
    h.join().unwrap();
}

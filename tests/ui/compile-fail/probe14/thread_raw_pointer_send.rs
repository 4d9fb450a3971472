//@ compile-fail
// A raw pointer captured by a spawned thread.
use std::thread;
fn main() {
    let x = Box::new(1);
    let p: *const i32 = &*x;
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{:?}", p);
    });
    h.join().unwrap();
}

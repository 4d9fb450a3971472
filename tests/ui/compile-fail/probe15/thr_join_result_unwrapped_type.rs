//@ compile-fail
// join() returns a Result; using it as the thread's value (E0308).
use std::thread;
fn main() {
    let h = thread::spawn(|| 5);
    let n: i32 = h.join(); //~ ERROR E0308
    println!("{}", n);
}

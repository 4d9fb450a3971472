//@ compile-fail
// A struct holding Box<dyn Fn()> sent to another thread (E0277).
use std::thread;
struct Job { work: Box<dyn Fn() -> i32> }
fn main() {
    let j = Job { work: Box::new(|| 3) };
    let h = thread::spawn(move || (j.work)()); //~ ERROR E0277
    println!("{}", h.join().unwrap());
}

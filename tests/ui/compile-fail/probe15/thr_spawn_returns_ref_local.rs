//@ compile-fail
// A thread closure returning a reference into its own String (E0515).
use std::thread;
fn main() {
    let h = thread::spawn(|| {
        let s = String::from("a");
        &s[..] //~ ERROR E0515
    });
    println!("{}", h.join().unwrap());
}

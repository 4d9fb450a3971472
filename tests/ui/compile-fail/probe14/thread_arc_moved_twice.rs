//@ compile-fail
// An `Arc` moved into two threads without cloning.
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(1);
    let h1 = thread::spawn(move || println!("{}", a));
    let h2 = thread::spawn(move || println!("{}", a)); //~ ERROR E0382
    h1.join().unwrap();
    h2.join().unwrap();
}

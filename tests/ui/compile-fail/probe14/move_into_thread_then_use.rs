//@ compile-fail
// `thread::spawn(move ..)` takes the Vec; the variable is used after.
use std::thread;
fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || v.len());
    println!("{:?}", v); //~ ERROR E0382
    h.join().unwrap();
}

//@ compile-fail
// Calling a Vec method on a Mutex<Vec> without lock (E0599).
use std::sync::Mutex;
fn main() {
    let m = Mutex::new(vec![1]);
    println!("{}", m.len()); //~ ERROR E0599
}

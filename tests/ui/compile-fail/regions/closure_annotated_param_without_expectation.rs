//@ compile-fail
// Without an expected signature, an annotated `|w: &str|` has a region of the closure's own.
use std::thread;
fn main() {
    let f = |w: &str| thread::spawn(move || w.len()); //~ ERROR E0521
    println!("{}", f("abc").join().unwrap());
}

//@ compile-fail
// A scoped thread mutating a Vec while main reads it (E0502).
use std::thread;
fn main() {
    let mut v = vec![1];
    thread::scope(|s| {
        s.spawn(|| v.push(2));
        println!("{}", v.len()); //~ ERROR E0502
    });
}

//@ compile-fail
// Two scoped threads both mutating a Vec (E0499).
use std::thread;
fn main() {
    let mut v = vec![1];
    thread::scope(|s| {
        s.spawn(|| v.push(2));
        s.spawn(|| v.push(3)); //~ ERROR E0499
    });
    println!("{:?}", v);
}

//@ compile-fail
// Two scoped threads both capturing the same counter mutably.
use std::thread;

fn main() {
    let mut x = 0;
    thread::scope(|s| {
        s.spawn(|| x += 1);
        s.spawn(|| x += 1); //~ ERROR E0499
    });
    println!("{}", x);
}

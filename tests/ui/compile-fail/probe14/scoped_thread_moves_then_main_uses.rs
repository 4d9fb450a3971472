//@ compile-fail
// A `move` closure in a scoped thread takes the Vec; the scope body uses it.
use std::thread;
fn main() {
    let v = vec![1];
    thread::scope(|s| {
        s.spawn(move || println!("{:?}", v));
        println!("{}", v.len()); //~ ERROR E0382
    });
}

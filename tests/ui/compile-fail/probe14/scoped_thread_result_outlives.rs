//@ compile-fail
// A scoped thread's borrow of a Vec returned out of `thread::scope` as a reference.
use std::thread;
fn main() {
    let r;
    {
        let v = vec![1, 2];
        r = thread::scope(|s| s.spawn(|| &v[0]).join().unwrap()); //~ ERROR E0597
    }
    println!("{}", r);
}

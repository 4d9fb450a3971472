//@ compile-fail
// A &RefCell shared with a scoped thread (E0277).
use std::cell::RefCell;
use std::thread;
fn main() {
    let r = RefCell::new(vec![1]);
    thread::scope(|s| {
        s.spawn(|| r.borrow_mut().push(2)); //~ ERROR E0277
    });
    println!("{:?}", r.borrow());
}

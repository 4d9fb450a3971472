//@ compile-fail
// An `&Rc` shared with a scoped thread: Rc is not Sync.
use std::rc::Rc;
use std::thread;
fn main() {
    let rc = Rc::new(1);
    thread::scope(|s| {
        s.spawn(|| println!("{}", rc)); //~ ERROR E0277
    });
}

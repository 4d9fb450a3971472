//@ compile-fail
// Sharing `&RefCell` with a scoped thread: RefCell is not Sync.
use std::cell::RefCell;
use std::thread;
fn main() {
    let c = RefCell::new(1);
    thread::scope(|s| {
        s.spawn(|| { //~ ERROR E0277
            *c.borrow_mut() += 1;
        });
    });
}

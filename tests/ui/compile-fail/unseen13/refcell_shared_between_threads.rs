//@ compile-fail
// An Arc<RefCell<_>> is shared with a thread: RefCell is not Sync.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let data = Arc::new(RefCell::new(0));
    let d = Arc::clone(&data);
    let h = thread::spawn(move || { //~ ERROR E0277
        *d.borrow_mut() += 1;
    });
    h.join().unwrap();
}

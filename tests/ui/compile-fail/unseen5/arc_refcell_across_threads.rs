//@ compile-fail
// Arc<RefCell<..>> is not Send: RefCell cannot be shared between threads.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let counter = Arc::new(RefCell::new(0));
    let c2 = Arc::clone(&counter);
    let h = thread::spawn(move || { //~ ERROR E0277
        *c2.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", counter.borrow());
}

//@ compile-fail
// Arc<RefCell<_>> is not Sync: threads cannot share it.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let c = Arc::new(RefCell::new(0));
    let c2 = Arc::clone(&c);
    let h = thread::spawn(move || { //~ ERROR E0277
        *c2.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", c.borrow());
}

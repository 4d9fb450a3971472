//@ compile-fail
// `&RefCell` is not Send: RefCell is not Sync.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let cell = Arc::new(RefCell::new(0));
    let c = Arc::clone(&cell);
    let h = thread::spawn(move || { //~ ERROR E0277
        *c.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", cell.borrow());
}

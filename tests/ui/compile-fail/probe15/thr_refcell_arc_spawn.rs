//@ compile-fail
// Arc<RefCell<i32>> shared with a thread (E0277, RefCell is not Sync).
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(RefCell::new(1));
    let b = Arc::clone(&a);
    let h = thread::spawn(move || *b.borrow_mut() += 1); //~ ERROR E0277
    h.join().unwrap();
    println!("{}", a.borrow());
}

//@ compile-fail
// `Arc<RefCell<i32>>` moved into a spawned thread.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(RefCell::new(1));
    let b = Arc::clone(&a);
    let h = thread::spawn(move || { //~ ERROR E0277
        *b.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", a.borrow());
}

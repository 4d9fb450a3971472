//@ compile-fail
// The single-threaded `Rc<RefCell<T>>` pattern does not work across threads.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let counter = Rc::new(RefCell::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let c = Rc::clone(&counter);
        handles.push(thread::spawn(move || { //~ ERROR E0277
            *c.borrow_mut() += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}

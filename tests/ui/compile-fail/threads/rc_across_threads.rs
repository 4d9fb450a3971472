//@ compile-fail
// Rc uses a non-atomic counter, so it is not Send and cannot go into a thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let data = Rc::new(5);
    let copy = Rc::clone(&data);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", copy);
    });
    h.join().unwrap();
    println!("{}", data);
}

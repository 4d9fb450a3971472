//@ compile-fail
// An Rc moved into a spawned thread: Rc is not Send.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let copy = Rc::clone(&shared);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", copy.len());
    });
    h.join().unwrap();
    println!("{}", shared.len());
}

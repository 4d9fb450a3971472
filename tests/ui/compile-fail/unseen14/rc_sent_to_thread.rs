//@ compile-fail
// An Rc moved into a spawned thread: Rc is not Send (E0277)
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(5);
    let copy = Rc::clone(&shared);
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", copy);
    });
    h.join().unwrap();
    println!("{}", shared);
}

//@ compile-fail
// A Sender of Rc values cannot be moved into another thread: Rc is not Send.
use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || { //~ ERROR E0277
        tx.send(Rc::new(5)).unwrap();
    });
    h.join().unwrap();
    println!("{}", rx.recv().unwrap());
}

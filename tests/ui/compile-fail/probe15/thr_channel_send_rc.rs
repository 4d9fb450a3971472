//@ compile-fail
// Sending an Rc through an mpsc channel to a thread (E0277).
use std::rc::Rc;
use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<Rc<i32>>();
    thread::spawn(move || tx.send(Rc::new(1)).unwrap()); //~ ERROR E0277
    println!("{}", rx.recv().unwrap());
}

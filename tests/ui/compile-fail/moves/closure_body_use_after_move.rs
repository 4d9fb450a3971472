//@ compile-fail
// Inside a move closure, a captured String is sent away and then printed: the closure body's own use after move.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let greeting = String::from("hi");
    let h = thread::spawn(move || {
        tx.send(greeting).unwrap();
        println!("sent {}", greeting); //~ ERROR E0382
    });
    h.join().unwrap();
    println!("{}", rx.recv().unwrap());
}

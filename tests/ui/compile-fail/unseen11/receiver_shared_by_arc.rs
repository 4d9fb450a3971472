//@ compile-fail
// A channel Receiver is shared between worker threads through an Arc.
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let rx = Arc::new(rx);
    let r2 = Arc::clone(&rx);
    let h = thread::spawn(move || { //~ ERROR E0277
        r2.recv().unwrap()
    });
    tx.send(5).unwrap();
    println!("{}", h.join().unwrap());
    println!("{:?}", rx.try_recv());
}

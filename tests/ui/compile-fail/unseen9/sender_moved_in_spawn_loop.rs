//@ compile-fail
// The channel's sender is moved into the first spawned thread of a loop instead of being cloned.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        thread::spawn(move || { //~ ERROR E0382
            tx.send(id).unwrap();
        });
    }
    for v in rx.iter().take(3) {
        println!("{}", v);
    }
}

//@ compile-fail
// One mpsc Receiver is moved into each worker thread of a loop, as if it could be shared.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let mut handles = Vec::new();
    for id in 0..2 {
        handles.push(thread::spawn(move || { //~ ERROR E0382
            for job in rx.iter() {
                println!("worker {} got {}", id, job);
            }
        }));
    }
    for j in 0..4 {
        tx.send(j).unwrap();
    }
    drop(tx);
    for h in handles {
        h.join().unwrap();
    }
}

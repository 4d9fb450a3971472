// Several producers on one channel; the receiver sorts what it got before printing.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..4 {
        let tx = tx.clone();
        thread::spawn(move || {
            for j in 0..3 {
                tx.send(id * 10 + j).unwrap();
            }
        });
    }
    drop(tx);
    let mut all: Vec<i32> = rx.iter().collect();
    all.sort();
    println!("{all:?}");
    println!("{} messages", all.len());
}

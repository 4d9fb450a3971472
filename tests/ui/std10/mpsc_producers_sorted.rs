// mpsc pipeline with several producers
//@ no-stats
use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<(usize, u64)>();
    let mut hs = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            let s: u64 = (1..=(id as u64 + 1) * 10).sum();
            tx.send((id, s)).unwrap();
        }));
    }
    drop(tx);
    for h in hs { h.join().unwrap(); }
    let mut got: Vec<_> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}

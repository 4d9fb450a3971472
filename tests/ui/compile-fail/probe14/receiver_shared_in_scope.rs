//@ compile-fail
// Sharing `&Receiver` with scoped threads: Receiver is not Sync.
use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send(1).unwrap();
    thread::scope(|s| {
        s.spawn(|| println!("{:?}", rx.try_recv())); //~ ERROR E0277
    });
}

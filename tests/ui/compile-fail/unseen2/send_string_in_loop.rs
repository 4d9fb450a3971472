//@ compile-fail
// `send` takes its message by value: the same String cannot be sent at every iteration.
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    let msg = String::from("ping");
    let mut n = 0;
    while n < 3 {
        tx.send(msg).unwrap(); //~ ERROR E0382
        n += 1;
    }
    drop(tx);
    for m in rx {
        println!("{}", m);
    }
}

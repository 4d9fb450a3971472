// An mpsc channel with one producer: messages arrive in the order they were sent.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let vals = vec![String::from("hi"), String::from("from"), String::from("the"), String::from("thread")];
        for val in vals {
            tx.send(val).unwrap();
        }
    });
    for received in rx {
        println!("Got: {received}");
    }
    println!("channel closed");
}

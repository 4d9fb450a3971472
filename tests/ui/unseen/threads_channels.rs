// Chapter 16: spawning threads, join handles, and message passing with mpsc.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let handle = thread::spawn(|| {
        let mut total = 0;
        for i in 1..=10 {
            total += i;
        }
        total
    });
    println!("spawned thread computed {}", handle.join().unwrap());
    let v = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        format!("Here's a vector: {v:?}")
    });
    println!("{}", handle.join().unwrap());
    let (tx, rx) = mpsc::channel();
    let tx1 = tx.clone();
    thread::spawn(move || {
        let vals = vec![String::from("hi"), String::from("from"), String::from("the"), String::from("thread")];
        for val in vals {
            tx1.send(val).unwrap();
        }
    });
    thread::spawn(move || {
        for n in 0..3 {
            tx.send(format!("n{n}")).unwrap();
        }
    });
    let mut received: Vec<String> = rx.iter().collect();
    received.sort();
    println!("Got: {:?}", received);
    let handles: Vec<thread::JoinHandle<u64>> = (1..=4u64)
        .map(|k| thread::spawn(move || (1..=k).product()))
        .collect();
    let results: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{results:?}");
}

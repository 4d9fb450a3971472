// RwLock: a writer thread runs to completion before readers check the value.
//@ no-stats
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let config = Arc::new(RwLock::new(String::from("v1")));
    let writer = {
        let config = Arc::clone(&config);
        thread::spawn(move || config.write().unwrap().push_str("-patched"))
    };
    writer.join().unwrap();
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let config = Arc::clone(&config);
            thread::spawn(move || format!("reader {i} sees {}", config.read().unwrap()))
        })
        .collect();
    for r in readers {
        println!("{}", r.join().unwrap());
    }
}

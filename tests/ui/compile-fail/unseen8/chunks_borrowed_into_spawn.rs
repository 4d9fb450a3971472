//@ compile-fail
// Worker threads are given chunks borrowed from a local Vec with thread::spawn instead of scoped threads.
use std::thread;

fn main() {
    let words: Vec<String> = "a bb ccc dddd".split(' ').map(String::from).collect();
    let mut handles = Vec::new();
    for part in words.chunks(2) { //~ ERROR E0597
        handles.push(thread::spawn(move || part.len()));
    }
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("{}", total);
}

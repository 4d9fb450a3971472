//@ compile-fail
// The requirement propagated from the closure falls on the function's parameter: E0521 in the function.
use std::thread;
fn lens(words: &[&str]) -> Vec<thread::JoinHandle<usize>> {
    words.iter().map(|&w| thread::spawn(move || w.len())).collect() //~ ERROR E0521
}
fn main() {
    for h in lens(&["ab"]) { println!("{}", h.join().unwrap()); }
}

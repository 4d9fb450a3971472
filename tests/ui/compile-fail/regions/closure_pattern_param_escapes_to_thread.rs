//@ compile-fail
// A closure parameter bound by a pattern, typed with a higher-ranked `&`, cannot reach a thread.
use std::thread;
fn g<F: Fn(&String)>(f: F) { f(&String::from("a")); }
fn main() {
    g(|&ref n| { thread::spawn(move || n.len()); }); //~ ERROR E0521
}

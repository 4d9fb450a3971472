//@ compile-fail
// A closure parameter typed `&T` by an `Fn(&T)` bound lives only during the call: no thread may keep it.
use std::thread;
fn g<F: Fn(&String)>(f: F) { f(&String::from("a")); }
fn main() {
    g(|n| { thread::spawn(move || n.len()); }); //~ ERROR E0521
}

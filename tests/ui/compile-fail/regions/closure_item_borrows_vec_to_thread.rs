//@ compile-fail
// Items of `v.iter()` borrow `v` itself: a thread given one needs `v` borrowed for `'static`.
use std::thread;
fn main() {
    let v = vec![String::from("x")];
    let hs: Vec<thread::JoinHandle<usize>> = v.iter().map(|n| thread::spawn(move || n.len())).collect(); //~ ERROR E0597
    for h in hs { println!("{}", h.join().unwrap()); }
}

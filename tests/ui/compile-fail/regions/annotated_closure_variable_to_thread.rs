//@ compile-fail
// Bound to a variable, `|w: &str|` has a region of the closure's own, even when later mapped over `'static` items.
use std::thread;
fn main() {
    let words = vec!["a", "bc"];
    let f = |w: &str| thread::spawn(move || w.len()); //~ ERROR E0521
    let hs: Vec<thread::JoinHandle<usize>> = words.into_iter().map(f).collect();
    for h in hs { println!("{}", h.join().unwrap()); }
}

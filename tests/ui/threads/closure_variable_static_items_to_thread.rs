// Bound to a variable, an unannotated `|w|` mapped over `'static` items may give them to threads.
//@ no-stats
use std::thread;
fn doubled(w: &str) -> usize { w.len() * 2 }
fn main() {
    let words = vec!["a", "bc", "def"];
    let f = |w: &'static str| thread::spawn(move || w.len());
    let g = |w| thread::spawn(move || doubled(w));
    let hs: Vec<thread::JoinHandle<usize>> = words.clone().into_iter().map(f).collect();
    let ks: Vec<thread::JoinHandle<usize>> = words.into_iter().map(g).collect();
    for h in hs.into_iter().chain(ks) { println!("{}", h.join().unwrap()); }
}

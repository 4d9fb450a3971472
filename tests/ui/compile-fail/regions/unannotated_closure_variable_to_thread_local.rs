//@ compile-fail
// Bound to a variable, `|w|` takes its region from the items it is mapped over: a local's borrow must be `'static`.
use std::thread;
fn main() {
    let s = String::from("alpha");
    let words = vec![s.as_str(), "bc"]; //~ ERROR E0597
    let f = |w: &'_ str| w.len();
    let g = |w| thread::spawn(move || f(w));
    let hs: Vec<thread::JoinHandle<usize>> = words.into_iter().map(g).collect();
    for h in hs { println!("{}", h.join().unwrap()); }
}

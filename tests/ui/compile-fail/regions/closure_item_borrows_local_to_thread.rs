//@ compile-fail
// The closure's requirement that its item outlive `'static` reaches the vector's borrowed element.
use std::thread;
fn main() {
    let s = String::from("alpha");
    let words = vec![s.as_str(), "beta"]; //~ ERROR E0597
    let hs: Vec<thread::JoinHandle<usize>> = words.into_iter().map(|w| thread::spawn(move || w.len())).collect();
    for h in hs { println!("{}", h.join().unwrap()); }
}

//@ compile-fail
// A closure with a `&'static str` parameter given to `map` needs the iterator's items to be `'static`.
use std::thread;
fn main() {
    let s = String::from("x");
    let words = vec![s.as_str()]; //~ ERROR E0597
    let f = |w: &'static str| thread::spawn(move || w.len());
    let hs: Vec<_> = words.into_iter().map(f).collect();
    for h in hs { println!("{}", h.join().unwrap()); }
}
